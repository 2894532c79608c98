using SiteGen.Reading;

namespace SiteGen.Caching;

/// <summary>What one build may reuse from the previous one: the analysed seed files.</summary>
public sealed class BuildCache
{
    public BuildCache(SourceFileCache<AnalysedArticle> articles) => Articles = articles;

    /// <summary>A cache that knows nothing, for a first build or when the cache is off.</summary>
    public static BuildCache Empty() => new(new SourceFileCache<AnalysedArticle>());

    public SourceFileCache<AnalysedArticle> Articles { get; }
}
