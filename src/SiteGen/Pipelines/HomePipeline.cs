using SiteGen.Engine;
using SiteGen.Modules.Articles;
using SiteGen.Modules.Home;
using SiteGen.Modules.Writing;

namespace SiteGen.Pipelines;

/// <summary>The paginated home page.</summary>
public sealed class HomePipeline : Pipeline
{
    public const string PipelineName = "Home";

    public HomePipeline() : base(PipelineName)
    {
        Dependencies.Add(ArchiveInputs.ArticlesPipeline);
        // Pages are made in Process (rendered only when written) so the sitemap can list them.
        Process.Add(new HomePagesModule());
        Output.Add(new WriteDocumentsModule());
    }
}
