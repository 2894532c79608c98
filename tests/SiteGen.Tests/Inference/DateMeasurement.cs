using System.Globalization;
using SiteGen.Inference;
using SiteGen.Model;

namespace SiteGen.Tests.Inference;

/// <summary>
/// Scores date inference on the real corpus one portal at a time, the way a user with that portal's archive would run
/// it: each portal is an archive of its own (its calendar, its file order, its own dated half when it teaches itself).
/// Portals are the file-name prefixes (<c>okezone_</c>, <c>sindonews_</c>, <c>inews-sei_</c> and <c>inews-tafc_</c>
/// both count as <c>inews</c>).
/// </summary>
internal sealed class DateMeasurement
{
    public sealed record Case(string File, DateOnly? Truth, Article Article, DateEvidence Evidence);

    /// <summary>Figures over the articles with a true date: shares of those, and the wrong share of the assigned.</summary>
    public sealed record Figures(string Name, int Dated, int Assigned, int Exact, int Within, int Wrong)
    {
        public double AssignedShare => Percent(Assigned, Dated);
        public double ExactShare => Percent(Exact, Dated);
        public double WithinShare => Percent(Within, Dated);
        public double WrongShare => Percent(Wrong, Assigned);

        public static Figures operator +(Figures a, Figures b) =>
            new(a.Name, a.Dated + b.Dated, a.Assigned + b.Assigned, a.Exact + b.Exact, a.Within + b.Within, a.Wrong + b.Wrong);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Name,-22} {Dated,5} dated  assigned {AssignedShare,5:F1}%  exact {ExactShare,5:F1}%  within a day {WithinShare,5:F1}%  wrong {WrongShare,4:F1}% of assigned ({Wrong})");

        private static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
    }

    public static readonly string[] Portals = ["okezone", "sindonews", "inews"];

    private static readonly Lazy<DateMeasurement?> Instance = new(Load);

    public IReadOnlyDictionary<string, IReadOnlyList<Case>> ByPortal { get; }

    private DateMeasurement(IReadOnlyDictionary<string, IReadOnlyList<Case>> byPortal) => ByPortal = byPortal;

    public static DateMeasurement? Find() => Instance.Value;

    /// <summary>The measurement, for a <see cref="RealCorpusFactAttribute"/> test; a failed test when the corpus is missing (only under CI).</summary>
    public static DateMeasurement Require() => Find() ?? throw RealCorpus.MissingUnderCi();

    public static string PortalOf(string file) => file[..file.IndexOfAny(['_', '-'])];

    private static DateMeasurement? Load()
    {
        if (RealCorpus.Find() is not { } corpus) return null;
        var byPortal = new Dictionary<string, IReadOnlyList<Case>>(StringComparer.Ordinal);
        foreach (var group in corpus.Entries.Where(e => e.Article is not null).GroupBy(e => PortalOf(e.FileName)))
            byPortal[group.Key] = group.Select(e => new Case(e.FileName, e.Date, e.Article!, DateInference.Analyse(e.Article!))).ToList();
        return new DateMeasurement(byPortal);
    }

    /// <summary>The dated cases of <paramref name="portals"/>, one list per portal, to learn habits from.</summary>
    public IReadOnlyList<IReadOnlyList<DatedEvidence>> Teach(IEnumerable<string> portals, Func<DateEvidence, DateEvidence>? change = null) =>
        portals.Select(p => (IReadOnlyList<DatedEvidence>)ByPortal[p].Where(c => c.Truth is not null)
            .Select(c => new DatedEvidence(change is null ? c.Evidence : change(c.Evidence), c.Truth!.Value)).ToList()).ToList();

    /// <summary>Habits learnt from <paramref name="portals"/> as the shipped ones are.</summary>
    public DateHabits Learn(IEnumerable<string> portals, DateLearning? options = null, Func<DateEvidence, DateEvidence>? change = null) =>
        DateHabitLearner.Learn(Teach(portals, change), new DateHabits(), options ?? ShippedLearning);

    /// <summary>How the shipped habits are learnt: every rate the lowest any portal shows, 2% wrong at the threshold.</summary>
    public static readonly DateLearning ShippedLearning = new();

    /// <summary>
    /// Runs the build's date step over one portal as an archive and scores the articles whose date it did not know.
    /// <paramref name="known"/> says which articles get their true date declared (as front matter would).
    /// </summary>
    public Figures Score(string name, string portal, DateHabits habits, DateSettings settings, Func<Case, bool>? known = null,
        Func<DateEvidence, DateEvidence>? change = null)
    {
        var cases = ByPortal[portal];
        var articles = new Article[cases.Count];
        var evidence = new DateEvidence?[cases.Count];
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            var declared = known?.Invoke(c) == true && c.Truth is { } truth;
            articles[i] = declared ? c.Article with { Date = c.Truth, DateSource = ValueSource.FrontMatter } : c.Article;
            evidence[i] = change is null ? c.Evidence : change(c.Evidence);
        }
        var reading = MetadataInference.InferDates(articles, evidence, settings, habits);
        int dated = 0, assigned = 0, exact = 0, within = 0, wrong = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            if (articles[i].Date is not null || cases[i].Truth is not { } truth) continue;
            dated++;
            if (reading.Verdicts[i] is not { } v || v.Confidence < reading.Habits.Threshold) continue;
            assigned++;
            var off = Math.Abs(v.Date.DayNumber - truth.DayNumber);
            if (off == 0) exact++;
            if (off <= 1) within++;
            else wrong++;
        }
        return new Figures(name, dated, assigned, exact, within, wrong);
    }

    /// <summary>Habits learnt without <paramref name="portal"/>, to score it out of sample.</summary>
    public DateHabits LearnWithout(string portal, DateLearning? options = null, Func<DateEvidence, DateEvidence>? change = null) =>
        Learn(Portals.Where(p => p != portal), options, change);

    /// <summary>
    /// The lowest threshold at which, leaving each portal out in turn, at most <paramref name="target"/> percent of the
    /// dates assigned to the left-out portals (together) are more than a day off, and no higher threshold on the grid
    /// does worse: the threshold is chosen out of sample, as issue 18 asks.
    /// </summary>
    public double ChooseThresholdOutOfSample(double target, DateSettings settings, DateLearning? options = null,
        Func<DateEvidence, DateEvidence>? change = null, int step = 1) =>
        OutOfSample(target, settings, options, change, step).Threshold;

    /// <summary>
    /// Out of sample at the threshold chosen as <see cref="ChooseThresholdOutOfSample"/> does, with <paramref name="change"/>
    /// applied to every article's evidence (to measure a rule by taking it away) and <paramref name="options"/> for learning.
    /// </summary>
    public (double Threshold, Figures Figures) OutOfSample(double target, DateSettings settings, DateLearning? options = null,
        Func<DateEvidence, DateEvidence>? change = null, int step = 1)
    {
        var folds = Portals.ToDictionary(p => p, p => LearnWithout(p, options, change));
        Figures At(double threshold) => Pooled(folds, threshold, settings, change);
        var chosen = (Threshold: 1.0, Figures: At(1.0));
        for (var percent = 100 - step; percent >= 0; percent -= step)
        {
            var figures = At(percent / 100.0);
            if (figures.WrongShare > target) break;
            chosen = (percent / 100.0, figures);
        }
        return chosen;
    }

    /// <summary>Out of sample at a given <paramref name="threshold"/>, the left-out portals pooled.</summary>
    public Figures OutOfSampleAt(double threshold, DateSettings settings, DateLearning? options = null, Func<DateEvidence, DateEvidence>? change = null) =>
        Pooled(Portals.ToDictionary(p => p, p => LearnWithout(p, options, change)), threshold, settings, change);

    private Figures Pooled(Dictionary<string, DateHabits> folds, double threshold, DateSettings settings, Func<DateEvidence, DateEvidence>? change)
    {
        Figures? total = null;
        foreach (var p in Portals)
        {
            var f = Score(p, p, folds[p].WithThreshold(threshold), settings, change: change);
            total = total is null ? f with { Name = "all" } : total + f;
        }
        return total!;
    }

    /// <summary>Half of an archive, the same half every run: by a hash of the file name, not by its position.</summary>
    public static bool InKnownHalf(Case c) => StableHash.Hex(c.File, 8)[^1] is var last && "02468ace".Contains(last);
}
