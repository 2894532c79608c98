using SiteGen.Engine;
using SiteGen.Modules.Articles;
using SiteGen.Modules.Writing;

namespace SiteGen.Pipelines;

/// <summary>Seed files to article pages: read, infer metadata, index taxonomies, summarise; render and write once every list can see them.</summary>
public sealed class ArticlesPipeline : Pipeline
{
    public ArticlesPipeline() : base(ArchiveInputs.ArticlesPipeline)
    {
        Input.Add(new ReadArticlesModule());
        Process.Add(new InferMetadataModule());
        Process.Add(new IndexTaxonomiesModule());
        Process.Add(new SummarizeArticlesModule());
        PostProcess.Add(new RenderArticlesModule());
        Output.Add(new WriteDocumentsModule());
    }
}
