using SiteGen.Engine;
using SiteGen.Modules.Articles;
using SiteGen.Modules.Taxonomies;
using SiteGen.Modules.Writing;

namespace SiteGen.Pipelines;

/// <summary>Tag, section, place and editor pages: every taxonomy of site.yml, by one mechanism (<see cref="TaxonomyPagesModule"/>).</summary>
public sealed class TaxonomyPipeline : Pipeline
{
    public const string PipelineName = "Taxonomies";

    public TaxonomyPipeline() : base(PipelineName)
    {
        Dependencies.Add(ArchiveInputs.ArticlesPipeline);
        // Pages are made in Process (rendered only when written) so the sitemap can list them.
        Process.Add(new TaxonomyPagesModule());
        Output.Add(new WriteDocumentsModule());
    }
}
