namespace SiteGen.Inference.Sections;

/// <summary>
/// A multinomial naive Bayes classifier over the words of an article (<see cref="WordBag"/>), chosen by measurement on
/// the real corpus (docs/inference-figures.md): it did as well as logistic regression and complement or TF-IDF
/// weighted Bayes on articles of the portals it learnt from, better on another portal, and each word's weight is a
/// number a person can read.
/// <para>
/// A section's word probabilities are smoothed towards what is known before this archive's own articles: the built-in
/// model's probabilities for the section, as strong as <see cref="BuiltInStrength"/> words of the archive's own, or,
/// for a section the built-in model does not know, the word's probability in all sections together (a Dirichlet prior
/// of <see cref="Smoothing"/> words, or the section's own size if smaller). So a word a section has not seen yet
/// counts as ordinary rather than as evidence against it, which is what let a model learnt from one portal carry
/// over to another best, and an archive whose articles declare sections soon outweighs the built-in model.
/// </para>
/// <para>
/// Deterministic: every log-probability is rounded once to a whole number of 1/<see cref="Scale"/> nats, and a score is
/// a sum of whole numbers over the bag's words in ordinal order, so neither thread timing, file order nor the machine
/// changes a decision. Ties go to the section listed first.
/// </para>
/// </summary>
public sealed class SectionClassifier
{
    public const int Scale = 1024;
    public const double Smoothing = 5000;
    public const double BuiltInStrength = 5000;
    private const double BackgroundPseudoCount = 0.5;
    public const int ExplainingWords = 3;

    private readonly string[] _sections;
    private readonly int[] _prior;
    private readonly Func<string, int[]?> _weigh;
    // Each word's weights, worked out the first time a bag has the word: a build that remembers most articles'
    // sections (SectionMemory) classifies a handful and needs the weights of a few hundred words, not of every word the
    // model knows. A weight is a pure function of the word, so the order words are met in changes nothing.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int[]?> _weights = new(StringComparer.Ordinal);

    private SectionClassifier(string[] sections, int[] prior, Func<string, int[]?> weigh)
    {
        _sections = sections;
        _prior = prior;
        _weigh = weigh;
    }

    /// <summary>The word's weight in each section, or null when neither this archive nor the built-in model has it.</summary>
    private int[]? WeightsOf(string word) => _weights.TryGetValue(word, out var w) ? w : _weights.GetOrAdd(word, _weigh);

    /// <summary>The sections it can choose from, in tie-breaking order.</summary>
    public IReadOnlyList<string> Sections => _sections;

    /// <param name="counts">What this archive teaches (its labelled articles, seed words), for the sections to choose from.</param>
    /// <param name="builtIn">What is known before it, for the sections of <paramref name="counts"/> it has; null for nothing.</param>
    public static SectionClassifier From(SectionCounts counts, SectionCounts? builtIn = null)
    {
        var known = builtIn is null ? null : Smoothed.Of(builtIn);
        var own = Totals(counts);
        var k = counts.Sections.Count;
        var baseOf = new int[k];
        for (var s = 0; s < k; s++) baseOf[s] = known?.IndexOf(counts.Sections[s]) ?? -1;
        var used = Enumerable.Range(0, k).Where(s => own[s] > 0 || baseOf[s] >= 0).ToArray();

        // The background: every word of the archive's counts and the built-in model's, pooled.
        var pooled = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var word in counts.Words)
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(pooled, word, out _) += counts.Total(word);
        if (builtIn is not null)
            foreach (var word in builtIn.Words)
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(pooled, word, out _) += builtIn.Total(word);
        long pooledTotal = 0;
        foreach (var n in pooled.Values) pooledTotal += n;

        var articles = new double[used.Length];
        for (var u = 0; u < used.Length; u++)
            articles[u] = counts.Articles(used[u]) + (baseOf[used[u]] >= 0 ? builtIn!.Articles(builtIn.IndexOf(counts.Sections[used[u]])) : 0);
        var prior = new int[used.Length];
        for (var u = 0; u < used.Length; u++) prior[u] = Fixed(Math.Log((articles[u] + 1) / (articles.Sum() + used.Length)));

        int[]? Weigh(string word)
        {
            if (!pooled.TryGetValue(word, out var inAll)) return null;
            var background = (inAll + BackgroundPseudoCount) / (pooledTotal + BackgroundPseudoCount * pooled.Count);
            var w = new int[used.Length];
            for (var u = 0; u < used.Length; u++)
            {
                var s = used[u];
                double p;
                if (baseOf[s] >= 0)
                    p = (counts.Count(word, s) + BuiltInStrength * known!.Probability(word, baseOf[s])) / (own[s] + BuiltInStrength);
                else
                {
                    var mu = Math.Min(Smoothing, own[s]);
                    p = (counts.Count(word, s) + mu * background) / (own[s] + mu);
                }
                w[u] = Fixed(Math.Log(p));
            }
            return w;
        }
        return new SectionClassifier(used.Select(s => counts.Sections[s]).ToArray(), prior, Weigh);
    }

    private static long[] Totals(SectionCounts counts)
    {
        var totals = new long[counts.Sections.Count];
        foreach (var word in counts.Words)
            for (var s = 0; s < totals.Length; s++) totals[s] += counts.Count(word, s);
        return totals;
    }

    /// <summary>The built-in model's word probabilities, each section smoothed towards all sections together.</summary>
    private sealed class Smoothed(SectionCounts counts, long[] totals, long allWords)
    {
        public static Smoothed Of(SectionCounts counts)
        {
            var totals = Totals(counts);
            return new Smoothed(counts, totals, totals.Sum());
        }

        public int IndexOf(string slug) => counts.IndexOf(slug);

        public double Probability(string word, int section)
        {
            long inAll = 0;
            for (var s = 0; s < totals.Length; s++) inAll += counts.Count(word, s);
            var background = (inAll + BackgroundPseudoCount) / (allWords + BackgroundPseudoCount * counts.WordCount);
            var mu = Math.Min(Smoothing, totals[section]);
            return totals[section] + mu == 0 ? background : (counts.Count(word, section) + mu * background) / (totals[section] + mu);
        }
    }

    private static int Fixed(double logProbability) => (int)Math.Round(logProbability * Scale, MidpointRounding.AwayFromZero);

    /// <summary>The section for the bag, or null when the classifier knows none of its words (nothing to go on).</summary>
    /// <param name="explain">
    /// Find the words that decided it (<see cref="SectionGuess.Words"/>): only <c>sitegen list</c> shows them, and
    /// finding them costs more than the classification (every word's pull, sorted), so a build leaves them out.
    /// </param>
    public SectionGuess? Classify(WordBag bag, bool explain = true)
    {
        if (_sections.Length == 0) return null;
        var scores = new long[_sections.Length];
        for (var k = 0; k < scores.Length; k++) scores[k] = _prior[k];
        var known = false;
        for (var i = 0; i < bag.Count; i++)
        {
            if (WeightsOf(bag.Words[i]) is not { } w) continue;
            known = true;
            long n = bag.Counts[i];
            for (var k = 0; k < scores.Length; k++) scores[k] += n * w[k];
        }
        if (!known) return null;

        int best = 0, second = -1;
        for (var k = 1; k < scores.Length; k++)
        {
            if (scores[k] > scores[best]) { second = best; best = k; }
            else if (second < 0 || scores[k] > scores[second]) second = k;
        }
        return new SectionGuess(_sections[best], second < 0 ? null : _sections[second], second < 0 || !explain ? [] : Explain(bag, best, second));
    }

    /// <summary>The words that pulled most towards the winner and away from the runner-up, ties in ordinal order.</summary>
    private string[] Explain(WordBag bag, int winner, int runnerUp)
    {
        var pulls = new List<(long Pull, string Word)>();
        for (var i = 0; i < bag.Count; i++)
        {
            if (WeightsOf(bag.Words[i]) is not { } w) continue;
            var pull = bag.Counts[i] * (long)(w[winner] - w[runnerUp]);
            if (pull > 0) pulls.Add((pull, bag.Words[i]));
        }
        pulls.Sort((x, y) => x.Pull != y.Pull ? y.Pull.CompareTo(x.Pull) : string.CompareOrdinal(x.Word, y.Word));
        return pulls.Take(ExplainingWords).Select(p => p.Word).ToArray();
    }

    /// <summary>The weight of a word in a section, in 1/<see cref="Scale"/> nats (tests and explanations).</summary>
    public int? Weight(string word, string section)
    {
        var k = Array.IndexOf(_sections, section);
        return k >= 0 && WeightsOf(word) is { } w ? w[k] : null;
    }
}
