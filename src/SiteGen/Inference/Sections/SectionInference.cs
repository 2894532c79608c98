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
    public readonly record struct Input(string? Declared, WordBag Words);

    /// <param name="explain">Give each classified article the words that decided it (<see cref="SectionClassifier.Classify"/>).</param>
    public static SectionDecision[] Apply(IReadOnlyList<Input> articles, SectionSettings settings, SectionCounts? builtIn, SectionLexicon lexicon,
        bool explain = true)
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
        var fallback = site.Fallback is { Length: > 0 } f ? new SectionDecision(f, SectionOrigin.Fallback, []) : SectionDecision.None;
        Parallel.For(0, articles.Count, i =>
        {
            if (decisions[i].Origin == SectionOrigin.Declared) return;
            decisions[i] = classifier.Classify(articles[i].Words, explain) is { } guess
                ? new SectionDecision(names[guess.Section], SectionOrigin.Text, guess.Words)
                : fallback;
        });
        return decisions;
    }
}
