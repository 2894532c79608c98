using SiteGen.Articles;
using SiteGen.Site;

namespace SiteGen.Inference;

/// <summary>
/// Tags from the text, in two steps so the corpus can weigh them: candidates per article
/// (<see cref="TagCandidateFinder"/>, in parallel), then one ranking over the whole archive (<see cref="TagRanking"/>).
/// </summary>
public static class TagExtraction
{
    /// <summary>Each article's inferred tags, in input order; empty lists when <c>tags.enabled</c> is false.</summary>
    public static IReadOnlyList<string>[] Extract(IReadOnlyList<Article> articles, TagSettings settings)
    {
        if (!settings.Enabled) return articles.Select(_ => (IReadOnlyList<string>)[]).ToArray();
        var lexicon = new TagLexicon(settings);
        var candidates = new IReadOnlyList<TagCandidate>[articles.Count];
        Parallel.For(0, articles.Count, i => candidates[i] = TagCandidateFinder.Find(articles[i], lexicon));
        return TagRanking.Rank(candidates, settings.Max);
    }
}
