using SiteGen.Engine;
using SiteGen.Modules.Articles;
using SiteGen.Modules.Sitemaps;
using SiteGen.Modules.Writing;

namespace SiteGen.Pipelines;

/// <summary><c>/sitemap.xml</c> and <c>/robots.txt</c>, over the pages of the pipelines it depends on (<see cref="SitemapModule"/>).</summary>
public sealed class SitemapPipeline : Pipeline
{
    /// <summary>Pipelines whose Process output holds list pages carrying a <see cref="SitemapEntry"/>.</summary>
    private static readonly string[] ListPipelines = [HomePipeline.PipelineName, TaxonomyPipeline.PipelineName, DateArchivePipeline.PipelineName, SearchPagePipeline.PipelineName];

    public SitemapPipeline() : base("Sitemap")
    {
        Dependencies.Add(ArchiveInputs.ArticlesPipeline);
        Dependencies.Add(PagesPipeline.PipelineName);
        Dependencies.AddRange(ListPipelines);
        Process.Add(new SitemapModule(PagesPipeline.PipelineName, ListPipelines));
        Output.Add(new WriteDocumentsModule());
    }
}
