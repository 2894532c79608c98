using System.Text;
using SiteGen.Inference.Sections;
using SiteGen.Model;
using Xunit.Abstractions;

namespace SiteGen.Tests.Inference.Sections;

/// <summary>
/// Measures the section classifier on articles it did not learn from (docs/inference-figures.md has the figures and
/// the tables this prints) and holds each figure as a floor. A model learns from one portal and is measured on the
/// other, and on the iNews files, which nothing ever learns from; the five-fold figure learns from four fifths of the
/// Okezone and SINDOnews files and is measured on the fifth. Self-taught: half the archive declares its section (as
/// front matter or the metadata table would), the classifier learns from that half alone and sorts the other half.
/// </summary>
public class SectionMeasurementTests(ITestOutputHelper output)
{
    private static readonly string[] Merged = ["nasional", "daerah", "metro"];

    internal sealed record Figures(int Articles, int Right, int RightMerged, int Fallback, Dictionary<(string Truth, string Guess), int> Confusion)
    {
        public double Accuracy => 100.0 * Right / Articles;
        public double MergedAccuracy => 100.0 * RightMerged / Articles;
        public double FallbackShare => 100.0 * Fallback / Articles;
        public override string ToString() => $"{Articles} articles: {Accuracy:F1}% right, {MergedAccuracy:F1}% with Nasional/Daerah/Metro as one, {FallbackShare:F1}% fallback";
    }

    /// <summary>Classifies <paramref name="test"/> (declaring nothing) beside <paramref name="labelled"/> (declaring their section).</summary>
    internal static Figures Measure(IReadOnlyList<LabelledCorpus.Item> test, SectionCounts? builtIn, IReadOnlyList<LabelledCorpus.Item>? labelled = null,
        bool useBuiltIn = true)
    {
        var nameOf = SectionLexicon.Default.Sections.ToDictionary(e => e.Slug, e => e.Name);
        var slugOf = SectionLexicon.Default.Sections.ToDictionary(e => e.Name, e => e.Slug);
        var inputs = new List<SectionInference.Input>();
        foreach (var item in labelled ?? []) inputs.Add(new SectionInference.Input(nameOf[item.Section], item.Words));
        foreach (var item in test) inputs.Add(new SectionInference.Input(null, item.Words));
        var decisions = SectionInference.Apply(inputs, new SectionSettings { BuiltIn = useBuiltIn }, builtIn, SectionLexicon.Default);

        int right = 0, merged = 0, fallback = 0;
        var confusion = new Dictionary<(string, string), int>();
        var offset = labelled?.Count ?? 0;
        for (var i = 0; i < test.Count; i++)
        {
            var d = decisions[offset + i];
            var guess = d.Origin == SectionOrigin.Fallback ? "umum" : slugOf[d.Section!];
            if (d.Origin == SectionOrigin.Fallback) fallback++;
            var truth = test[i].Section;
            if (guess == truth) right++;
            if (guess == truth || (Merged.Contains(guess) && Merged.Contains(truth))) merged++;
            confusion[(truth, guess)] = confusion.GetValueOrDefault((truth, guess)) + 1;
        }
        return new Figures(test.Count, right, merged, fallback, confusion);
    }

    internal static string ConfusionTable(Figures f)
    {
        var sections = SectionLexicon.Default.Sections.Select(e => e.Slug).ToList();
        if (f.Fallback > 0) sections.Add("umum");
        var names = SectionLexicon.Default.Sections.ToDictionary(e => e.Slug, e => e.Name);
        names["umum"] = "Umum";
        var text = new StringBuilder("| true \\ given | " + string.Join(" | ", sections.Select(s => names[s])) + " | right |\n");
        text.Append("|---|" + string.Concat(sections.Select(_ => "---:|")) + "---:|\n");
        foreach (var truth in sections)
        {
            var row = sections.Select(g => f.Confusion.GetValueOrDefault((truth, g))).ToList();
            var total = row.Sum();
            if (total == 0) continue;
            text.Append($"| {names[truth]} | " + string.Join(" | ", row.Select((n, k) => sections[k] == truth ? $"**{n}**" : n == 0 ? "" : n.ToString()))
                        + $" | {100.0 * f.Confusion.GetValueOrDefault((truth, truth)) / total:F0}% |\n");
        }
        return text.ToString();
    }

    private void Report(string name, Figures f, bool table = true)
    {
        output.WriteLine($"{name}: {f}");
        if (table) output.WriteLine(ConfusionTable(f));
    }

    [RealCorpusFact]
    public void Learnt_on_one_portal_measured_on_the_other()
    {
        var corpus = LabelledCorpus.Require();
        var okezone = corpus.Of("okezone");
        var sindonews = corpus.Of("sindonews");
        var inews = corpus.Of("inews");

        var fromOkezone = Measure(sindonews, SectionModelTraining.Train(okezone));
        var fromSindonews = Measure(okezone, SectionModelTraining.Train(sindonews));
        var shipped = Measure(inews, SectionModelTraining.Train(corpus.Of(LabelledCorpus.LicensedPortals)));
        var both = new Figures(fromOkezone.Articles + fromSindonews.Articles, fromOkezone.Right + fromSindonews.Right,
            fromOkezone.RightMerged + fromSindonews.RightMerged, fromOkezone.Fallback + fromSindonews.Fallback,
            fromOkezone.Confusion.Concat(fromSindonews.Confusion).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value)));
        Report("learnt on Okezone, measured on SINDOnews", fromOkezone);
        Report("learnt on SINDOnews, measured on Okezone", fromSindonews);
        Report("both directions together", both);
        Report("learnt on both (as shipped), measured on iNews", shipped);
        Assert.InRange(fromOkezone.Accuracy, 76, 100);
        Assert.InRange(fromSindonews.Accuracy, 65, 100);
        Assert.InRange(both.MergedAccuracy, 79, 100);
        Assert.InRange(both.FallbackShare, 0, 3);
    }

    [RealCorpusFact]
    public void Learnt_on_four_fifths_measured_on_the_fifth()
    {
        var licensed = LabelledCorpus.Require().Of(LabelledCorpus.LicensedPortals);
        var total = new Figures(0, 0, 0, 0, []);
        for (var fold = 0; fold < 5; fold++)
        {
            var test = licensed.Where((_, i) => i % 5 == fold).ToList();
            var f = Measure(test, SectionModelTraining.Train(licensed.Where((_, i) => i % 5 != fold)));
            total = new Figures(total.Articles + f.Articles, total.Right + f.Right, total.RightMerged + f.RightMerged, total.Fallback + f.Fallback,
                total.Confusion.Concat(f.Confusion).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value)));
        }
        Report("five folds of Okezone and SINDOnews", total);
        Assert.InRange(total.Accuracy, 79, 100);
        Assert.InRange(total.MergedAccuracy, 85, 100);
    }

    [RealCorpusFact]
    public void Self_taught_from_half_of_the_archive()
    {
        var corpus = LabelledCorpus.Require();
        // Every other file in name order declares its section; the rest are classified.
        var labelled = corpus.Items.Where((_, i) => i % 2 == 0).ToList();
        var test = corpus.Items.Where((_, i) => i % 2 == 1).ToList();
        var alone = Measure(test, null, labelled, useBuiltIn: false);
        Report("self-taught from half of all 2,000 (no built-in model)", alone);

        var withModelFigures = new Dictionary<string, Figures>();
        foreach (var (mine, other) in new[] { ("sindonews", "okezone"), ("okezone", "sindonews") })
        {
            var items = corpus.Of(mine);
            var half = items.Where((_, i) => i % 2 == 0).ToList();
            var rest = items.Where((_, i) => i % 2 == 1).ToList();
            var withModel = Measure(rest, SectionModelTraining.Train(corpus.Of(other)), half);
            var without = Measure(rest, null, half, useBuiltIn: false);
            var modelOnly = Measure(rest, SectionModelTraining.Train(corpus.Of(other)));
            withModelFigures[mine] = withModel;
            Report($"{mine}: half declared, model from {other}", withModel, table: false);
            Report($"{mine}: half declared, no built-in model", without, table: false);
            Report($"{mine}: nothing declared, model from {other}", modelOnly, table: false);
        }
        Assert.InRange(alone.Accuracy, 76, 100);
        Assert.InRange(withModelFigures["sindonews"].Accuracy, 84, 100);
        Assert.InRange(withModelFigures["okezone"].Accuracy, 78, 100);
    }

    [RealCorpusFact]
    public void Seed_words_alone()
    {
        var corpus = LabelledCorpus.Require();
        Report("seed words only, all 2,000", Measure(corpus.Items, null), table: false);
    }
}
