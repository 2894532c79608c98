using SiteGen.Inference;
using SiteGen.Language;
using SiteGen.Site;
using Xunit.Abstractions;

namespace SiteGen.Tests.Inference;

/// <summary>
/// Date inference measured per portal on the real corpus, in sample (the shipped habits, learnt from all three
/// portals), out of sample (leave one portal out: habits learnt from the other two, scored on it) and self-taught (half
/// of a portal's articles declare their dates, the other half is scored). The figures are written up in
/// docs/inference-figures.md and the README; the assertions hold them as floors (the wrong share as a ceiling).
/// </summary>
public class DatePortalMeasurementTests(ITestOutputHelper output)
{
    /// <summary>Issue 18: out of sample, at most 3% of the dates assigned may be more than a day off.</summary>
    private const double OutOfSampleTarget = 3.0;

    private static readonly DateSettings TextOnly = new() { Neighbours = false };
    private static readonly DateSettings WithNeighbours = new();

    [RealCorpusFact]
    public void The_shipped_habits_are_what_the_three_portals_teach()
    {
        var m = DateMeasurement.Find()!;
        var threshold = m.ChooseThresholdOutOfSample(OutOfSampleTarget, TextOnly);
        var learnt = m.Learn(DateMeasurement.Portals).WithThreshold(threshold);
        var writer = new StringWriter { NewLine = "\n" };
        var counts = string.Join(", ", DateMeasurement.Portals.Select(p => $"{m.ByPortal[p].Count(c => c.Truth is not null)} {p}"));
        learnt.Write(writer, $"""
            SiteGen's date habits: learnt by DateHabitLearner (every rate the lowest any portal shows) from the dated articles
            of shared/corpus/real ({counts}). The threshold is the lowest at which, leaving each portal out in turn,
            at most {OutOfSampleTarget}% of the dates assigned to the left-out portals are more than a day off. Written by
            tests/SiteGen.Tests/Inference/DatePortalMeasurementTests.cs; SITEGEN_UPDATE_DATE_HABITS=1 rewrites it.
            kind: shape/role/place, shift to the day of writing, share within a day, articles seen.
            situation: kind of the chosen date, agrees/alone, contradicted/clear, share within a day, articles seen.
            """);
        var path = Path.Combine(TestArticles.RepositoryRoot(), "src", "SiteGen", "Inference", "date-habits.tsv");
        if (Environment.GetEnvironmentVariable("SITEGEN_UPDATE_DATE_HABITS") == "1") File.WriteAllText(path, writer.ToString());
        Assert.Equal(writer.ToString(), File.ReadAllText(path));
        output.WriteLine($"threshold {learnt.Threshold:F3}");
    }

    [RealCorpusFact]
    public void In_sample_each_portal_is_dated_with_few_wrong()
    {
        var m = DateMeasurement.Find()!;
        foreach (var (label, settings) in new[] { ("text", TextOnly), ("text+neighbours", WithNeighbours) })
        {
            var total = Sum(DateMeasurement.Portals.Select(p => m.Score($"{p} ({label})", p, DateHabits.Default, settings)));
            Assert.True(total.WrongShare <= 4.0, total.ToString());
        }
    }

    [RealCorpusFact]
    public void Out_of_sample_each_portal_is_dated_by_habits_learnt_on_the_others()
    {
        var m = DateMeasurement.Find()!;
        foreach (var (label, settings) in new[] { ("text", TextOnly), ("text+neighbours", WithNeighbours) })
        {
            var total = Sum(DateMeasurement.Portals.Select(p =>
            {
                // Everything learnt without this portal; the threshold is the shipped one, itself chosen out of sample.
                var habits = m.LearnWithout(p).WithThreshold(DateHabits.Default.Threshold);
                return m.Score($"{p} ({label})", p, habits, settings);
            }));
            Assert.True(total.WrongShare <= 3.0, total.ToString());
        }
    }

    [RealCorpusFact]
    public void An_archive_with_half_its_dates_teaches_itself_the_rest()
    {
        var m = DateMeasurement.Find()!;
        foreach (var (label, settings) in new[] { ("text", TextOnly), ("text+neighbours", WithNeighbours) })
        {
            var total = Sum(DateMeasurement.Portals.Select(p =>
            {
                // The prior is learnt without this portal, so only its own dated half teaches it its habits.
                var prior = m.LearnWithout(p).WithThreshold(DateHabits.Default.Threshold);
                return m.Score($"{p} ({label})", p, prior, settings, DateMeasurement.InKnownHalf);
            }));
            Assert.True(total.WrongShare <= 3.0, total.ToString());
        }
    }

    private DateMeasurement.Figures Sum(IEnumerable<DateMeasurement.Figures> perPortal)
    {
        DateMeasurement.Figures? total = null;
        foreach (var f in perPortal)
        {
            output.WriteLine(f.ToString());
            total = total is null ? f with { Name = "all" } : total + f;
        }
        output.WriteLine(total!.ToString());
        output.WriteLine("");
        return total;
    }
}
