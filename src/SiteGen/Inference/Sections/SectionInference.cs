using SiteGen.Language;
using SiteGen.Model;

namespace SiteGen.Inference.Sections;

/// <summary>
/// Gives every article a section: the one its front matter or the metadata table declares, else the one its words
/// point to. The classifier learns, in this order of weight, from the articles of this archive that declare a section
/// (its labels follow this archive's own habits), from seed words (each counts as <see cref="SeedWeight"/> uses) and,
/// as the prior they refine, from the built-in model. A declared label the site does not list becomes a
/// section the classifier may choose once <see cref="MinimumLabelled"/> articles declare it.
/// Pure and deterministic: the table is summed in article order, classification is per article into its own slot.
/// </summary>
public static class SectionInference
{
    public const int SeedWeight = 20;
    public const int MinimumLabelled = 3;

    /// <summary>One article as the step needs it: the label its front matter or table gives (or null), and its words.</summary>
    public readonly struct Input
    {
        private readonly WordBag? _words;
        private readonly Func<WordBag>? _load;

        public Input(string? declared, WordBag words)
        {
            Declared = declared;
            _words = words;
        }

        /// <param name="words">Reads the words: called only when the step needs them (see <see cref="SectionMemory"/>).</param>
        /// <param name="key">What the words are a function of (say, the file's path and content hash), for <see cref="SectionMemory"/>.</param>
        public Input(string? declared, Func<WordBag> words, Hash128 key)
        {
            Declared = declared;
            _load = words;
            Key = key;
        }

        public string? Declared { get; }

        /// <summary>Equal keys mean equal words; the default key means unknown, and the article's guess is not remembered.</summary>
        public Hash128 Key { get; }

        public WordBag Words => _words ?? _load?.Invoke() ?? WordBag.Empty;
    }

    /// <param name="explain">Give each classified article the words that decided it (<see cref="SectionClassifier.Classify"/>).</param>
    /// <param name="remembered">The last build's guesses, reused where the classifier and the article's words are the same; null for none.</param>
    /// <param name="remember">Given this build's guesses, for the next build (only when it does not explain: explanations are not kept).</param>
    public static SectionDecision[] Apply(IReadOnlyList<Input> articles, SectionSettings settings, SectionCounts? builtIn, SectionLexicon lexicon,
        bool explain = true, SectionMemory? remembered = null, Action<SectionMemory>? remember = null)
    {
        var site = SiteSections.Of(settings);
        var listed = new Dictionary<string, SectionSetting>(StringComparer.Ordinal);
        foreach (var s in site.List)
        {
            listed.TryAdd(Slugs.From(s.Slug), s);
            listed.TryAdd(Slugs.From(s.Name), s);
        }

        var decisions = new SectionDecision[articles.Count];
        var labelSlugs = new string?[articles.Count];
        var labelled = new Dictionary<string, (string Name, int Articles)>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            decisions[i] = SectionDecision.None;
            if (articles[i].Declared is not { Length: > 0 } label) continue;
            var key = Slugs.From(label);
            if (listed.TryGetValue(key, out var section))
            {
                decisions[i] = new SectionDecision(section.Name, SectionOrigin.Declared, []);
                labelSlugs[i] = section.Slug;
                continue;
            }
            decisions[i] = new SectionDecision(label, SectionOrigin.Declared, []);
            if (key.Length == 0) continue;
            labelSlugs[i] = key;
            labelled[key] = labelled.TryGetValue(key, out var seen) ? (seen.Name, seen.Articles + 1) : (label, 1);
        }
        if (!settings.Enabled || decisions.All(d => d.Origin == SectionOrigin.Declared)) return decisions;

        // The sections to choose from: the listed ones in their order, then labels enough articles declare.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var counts = new SectionCounts();
        foreach (var s in site.List)
            if (names.TryAdd(s.Slug, s.Name)) counts.Section(s.Slug);
        foreach (var (slug, (name, n)) in labelled.OrderBy(l => l.Key, StringComparer.Ordinal))
            if (n >= MinimumLabelled && names.TryAdd(slug, name)) counts.Section(slug);

        foreach (var s in site.List)
        {
            var index = counts.IndexOf(s.Slug);
            var seeds = settings.BuiltIn ? lexicon.WordsOf(s.Slug).Concat(s.Words) : s.Words;
            foreach (var word in seeds.Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal))
                counts.AddWord(index, word, SeedWeight);
        }

        var fallback = site.Fallback is { Length: > 0 } f ? new SectionDecision(f, SectionOrigin.Fallback, []) : SectionDecision.None;
        // Guesses are remembered only where nothing explains them, and only for the shipped lexicon and model, which
        // the classifier key does not cover (the build cache that holds the memory is the tool's own).
        var memorable = !explain && ReferenceEquals(lexicon, SectionLexicon.Default) && (builtIn is null || ReferenceEquals(builtIn, BuiltInSectionModel.Counts));
        var classifierKey = memorable ? ClassifierKey(articles, labelSlugs, counts, site, settings, builtIn) : null;
        var reuse = classifierKey is { } k && remembered is { } r && r.Classifier == k ? r.Guesses : null;
        var slugs = new string?[articles.Count];
        var classify = new List<int>();
        for (var i = 0; i < articles.Count; i++)
        {
            if (decisions[i].Origin == SectionOrigin.Declared) continue;
            if (reuse is not null && articles[i].Key != default && reuse.TryGetValue(articles[i].Key, out var slug))
                decisions[i] = (slugs[i] = slug) is { } s ? new SectionDecision(names[s], SectionOrigin.Text, []) : fallback;
            else classify.Add(i);
        }

        if (classify.Count > 0)
        {
            // The teaching articles' words are read only now: a build that reuses every guess needs none of them.
            for (var i = 0; i < articles.Count; i++)
                if (labelSlugs[i] is { } slug && counts.IndexOf(slug) is var index and >= 0)
                    counts.AddArticle(index, articles[i].Words);
            SectionCounts? known = null;
            if (settings.BuiltIn && builtIn is not null)
            {
                known = new SectionCounts();
                known.Add(builtIn, names.ContainsKey);
            }
            var classifier = SectionClassifier.From(counts, known);
            Parallel.For(0, classify.Count, n =>
            {
                var i = classify[n];
                var guess = classifier.Classify(articles[i].Words, explain);
                slugs[i] = guess?.Section;
                decisions[i] = guess is not null ? new SectionDecision(names[guess.Section], SectionOrigin.Text, guess.Words) : fallback;
            });
        }

        if (classifierKey is { } memoryKey && remember is not null)
        {
            var guesses = new Dictionary<Hash128, string?>(articles.Count);
            for (var i = 0; i < articles.Count; i++)
                if (decisions[i].Origin != SectionOrigin.Declared && articles[i].Key != default) guesses[articles[i].Key] = slugs[i];
            remember(new SectionMemory(memoryKey, guesses));
        }
        return decisions;
    }

    /// <summary>
    /// The fingerprint of everything the classifier is made from besides the shipped lexicon and model: the sections
    /// to choose from with their seed words, whether the built-in model is used, and each article that teaches it
    /// (its section and its words' key); null when a teaching article's words have no key.
    /// </summary>
    private static Hash128? ClassifierKey(IReadOnlyList<Input> articles, string?[] labelSlugs, SectionCounts counts, SiteSections site,
        SectionSettings settings, SectionCounts? builtIn)
    {
        var f = new Fingerprint().Add(settings.BuiltIn).Add(builtIn is not null).Add(site.List.Count);
        foreach (var s in site.List) f.Add(s.Slug).Add(s.Name).Add(s.Words);
        f.Add(counts.Sections.Count);
        foreach (var slug in counts.Sections) f.Add(slug);
        for (var i = 0; i < articles.Count; i++)
        {
            if (labelSlugs[i] is not { } slug || counts.IndexOf(slug) < 0) continue;
            if (articles[i].Key == default) return null;
            f.Add(slug).Add(articles[i].Key);
        }
        return f.Value;
    }
}
