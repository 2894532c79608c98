using SiteGen.Inference;
using SiteGen.Language;
using SiteGen.Model;
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
        var m = DateMeasurement.Require();
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
        var m = DateMeasurement.Require();
        var text = Sum(DateMeasurement.Portals.Select(p => m.Score($"{p} (text)", p, DateHabits.Default, TextOnly)));
        var neighbours = Sum(DateMeasurement.Portals.Select(p => m.Score($"{p} (text+neighbours)", p, DateHabits.Default, WithNeighbours)));
        // Issue 18: in sample no worse than before it (4.0% of assigned wrong by more than a day).
        Holds(text, exact: 55.5, within: 64.5, wrong: 2.5);
        Holds(neighbours, exact: 68.5, within: 79.0, wrong: 2.5);
        Assert.All(PerPortal, f => Assert.True(f.WrongShare <= 3.0, f.ToString()));
    }

    [RealCorpusFact]
    public void Out_of_sample_each_portal_is_dated_by_habits_learnt_on_the_others()
    {
        var m = DateMeasurement.Require();
        // Everything learnt without the portal scored; the threshold is the shipped one, itself chosen out of sample.
        var folds = DateMeasurement.Portals.ToDictionary(p => p, p => m.LearnWithout(p).WithThreshold(DateHabits.Default.Threshold));
        var text = Sum(DateMeasurement.Portals.Select(p => m.Score($"{p} (text)", p, folds[p], TextOnly)));
        var neighbours = Sum(DateMeasurement.Portals.Select(p => m.Score($"{p} (text+neighbours)", p, folds[p], WithNeighbours)));
        // Issue 18: out of sample at most 3% of assigned wrong by more than a day, at least 72% within a day, 55% exact.
        Holds(text, exact: 54.5, within: 63.5, wrong: 3.0);
        Holds(neighbours, exact: 66.5, within: 77.0, wrong: 3.0);
        // SINDOnews alone is above 3%: its press releases date an event two or three days before they went out.
        Assert.All(PerPortal, f => Assert.True(f.WrongShare <= 4.0, f.ToString()));
    }

    [RealCorpusFact]
    public void An_archive_with_half_its_dates_teaches_itself_the_rest()
    {
        var m = DateMeasurement.Require();
        // The prior is learnt without the portal, so only its own dated half teaches it its habits.
        var priors = DateMeasurement.Portals.ToDictionary(p => p, p => m.LearnWithout(p).WithThreshold(DateHabits.Default.Threshold));
        var text = Sum(DateMeasurement.Portals.Select(p => m.Score($"{p} (text)", p, priors[p], TextOnly, DateMeasurement.InKnownHalf)));
        var neighbours = Sum(DateMeasurement.Portals.Select(p => m.Score($"{p} (text+neighbours)", p, priors[p], WithNeighbours, DateMeasurement.InKnownHalf)));
        // Issue 18: self-taught from half the dates, at least 80% within a day on the other half.
        Holds(text, exact: 58.5, within: 66.5, wrong: 3.0);
        // 82.0 before text repair (issue 13): the repaired dashes of ranges ("19–25 Oktober 2019", once mojibake) are
        // read as dates, and one self-taught article in 996 lands more than a day off.
        Holds(neighbours, exact: 72.0, within: 81.5, wrong: 3.0);
    }

    /// <summary>
    /// What each rule buys out of sample: the rule taken away (from learning and scoring alike), the threshold chosen
    /// again out of sample for at most 3% wrong, and the share dated within a day compared. A rule that buys nothing
    /// fails this test and should go.
    /// </summary>
    [RealCorpusFact]
    public void Each_rule_earns_its_place_out_of_sample()
    {
        var m = DateMeasurement.Require();
        const int step = 2;
        var (threshold, full) = m.OutOfSample(OutOfSampleTarget, TextOnly, step: step);
        output.WriteLine($"all rules (threshold {threshold:F2}): {full}");
        var withNeighbours = m.OutOfSample(OutOfSampleTarget, WithNeighbours, step: step);
        output.WriteLine($"+ neighbours in file order (threshold {withNeighbours.Threshold:F2}): {withNeighbours.Figures}");

        static DateEvidence Roles(DateEvidence e, Func<DateRole, DateRole> map) =>
            e with { Clues = e.Clues.Select(c => c with { Role = map(c.Role) }).ToList() };
        // Two safeguards are kept on reasoning and measured here without having to earn: the worst portal's rate (so a
        // habit holds on each portal, not only on their sum; the visible portals are sister sites, so leaving one out
        // cannot show what it protects) and the weekday named as today (sound, but nearly absent from this corpus).
        var safeguards = new HashSet<string>(StringComparer.Ordinal) { "worst portal's rate, not the pooled one", "weekday named as today" };
        var ablations = new (string Rule, Func<DateEvidence, DateEvidence>? Change, DateLearning? Options, DateSettings Settings)[]
        {
            ("the threshold itself (every date used)", null, null, TextOnly),
            ("roles: what the sentence says", e => Roles(e, r => r is DateRole.Today or DateRole.Yesterday or DateRole.Tomorrow or DateRole.DayAfterTomorrow ? r : DateRole.Plain), null, TextOnly),
            ("role: attributed and placed", e => Roles(e, r => r is DateRole.Attributed or DateRole.Placed ? DateRole.Plain : r), null, TextOnly),
            ("role: event (pada, event verbs)", e => Roles(e, r => r == DateRole.Event ? DateRole.Plain : r), null, TextOnly),
            ("roles: past and future", e => Roles(e, r => r is DateRole.Past or DateRole.Future ? DateRole.Plain : r), null, TextOnly),
            ("lead or body", e => e with { Clues = e.Clues.Select(c => c with { InLead = false }).ToList() }, null, TextOnly),
            ("situations (agreeing, contradicting dates)", null, DateMeasurement.ShippedLearning with { Situations = false }, TextOnly),
            ("worst portal's rate, not the pooled one", null, DateMeasurement.ShippedLearning with { WorstGroup = false }, TextOnly),
            ("year-less and contradicted dates placed by the calendar", e => e with { Clues = e.Clues.Where(c => c.Mention.Year is not null && !c.Mention.WeekdayContradicts).ToList() }, null, TextOnly),
            ("weekday named as today", e => e with { RelativeWeekdays = [] }, null, TextOnly),
            ("weekday written with the date (agreeing or contradicting it)", e => e with { Clues = e.Clues.Where(c => c.Mention.Year is not null)
                .Select(c => c with { Mention = c.Mention with { Weekday = null } }).ToList() }, null, TextOnly),
            ("the weekday's agreement (a contradicted date taken as written)", e => e with { Clues = e.Clues
                .Select(c => c.Mention is { WeekdayContradicts: true, Date: { } d } ? c with { Mention = c.Mention with { Weekday = d.DayOfWeek } } : c).ToList() }, null, TextOnly),
        };
        var idle = new List<string>();
        foreach (var (rule, change, options, settings) in ablations)
        {
            DateMeasurement.Figures without;
            if (rule.StartsWith("the threshold", StringComparison.Ordinal))
            {
                var folds = DateMeasurement.Portals.ToDictionary(p => p, p => m.LearnWithout(p).WithThreshold(0));
                without = DateMeasurement.Portals.Select(p => m.Score(p, p, folds[p], settings)).Aggregate((a, b) => a + b) with { Name = "all" };
            }
            else without = m.OutOfSample(OutOfSampleTarget, settings, options, change, step).Figures;
            var bought = full.WithinShare - without.WithinShare;
            output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"without {rule}: within a day {without.WithinShare:F1}% ({bought:+0.0;-0.0} for the rule), exact {without.ExactShare:F1}%, wrong {without.WrongShare:F1}% of assigned"));
            if (without.Assigned == 0)
            {
                // No threshold reaches the target: what the rule keeps out at the shipped one says what it is worth.
                var shipped = m.OutOfSampleAt(threshold, settings, options, change);
                output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"    no threshold reaches {OutOfSampleTarget}% wrong; at {threshold:F2}: within a day {shipped.WithinShare:F1}%, exact {shipped.ExactShare:F1}%, wrong {shipped.WrongShare:F1}% of assigned ({shipped.Wrong})"));
            }
            if (without.WithinShare >= full.WithinShare && without.WrongShare <= full.WrongShare && !safeguards.Contains(rule)) idle.Add(rule);
        }
        Assert.Empty(idle);
    }

    private static void Holds(DateMeasurement.Figures f, double exact, double within, double wrong)
    {
        Assert.True(f.ExactShare >= exact, f.ToString());
        Assert.True(f.WithinShare >= within, f.ToString());
        Assert.True(f.WrongShare <= wrong, f.ToString());
    }

    private List<DateMeasurement.Figures> PerPortal { get; } = [];

    private DateMeasurement.Figures Sum(IEnumerable<DateMeasurement.Figures> perPortal)
    {
        DateMeasurement.Figures? total = null;
        foreach (var f in perPortal)
        {
            PerPortal.Add(f);
            output.WriteLine(f.ToString());
            total = total is null ? f with { Name = "all" } : total + f;
        }
        output.WriteLine(total!.ToString());
        output.WriteLine("");
        return total;
    }
}
