using SiteGen.Model;

namespace SiteGen.Incremental;

/// <summary>
/// An article as read (<paramref name="From"/>) and the same article cut to its summary of <paramref name="Words"/>
/// words (<see cref="ArticleSummary.Summarised"/>), kept by the dev server from one rebuild to the next
/// (<see cref="BuildCache.Summarised"/>).
/// </summary>
public sealed record SummarisedArticle(Article From, int Words, Article Article);
