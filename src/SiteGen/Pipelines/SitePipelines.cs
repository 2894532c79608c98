using SiteGen.Engine;

namespace SiteGen.Pipelines;

/// <summary>Every pipeline of a site build. Adding a page kind is one new pipeline file and one line here.</summary>
public static class SitePipelines
{
    public static IReadOnlyList<Pipeline> All() =>
    [
        new AssetsPipeline(),
        new ArticlesPipeline(),
        new HomePipeline(),
        new PagesPipeline(),
        new TaxonomyPipeline(),
        new DateArchivePipeline(),
        new FeedsPipeline(),
        new SitemapPipeline(),
        new SearchPagePipeline(),
    ];
}
