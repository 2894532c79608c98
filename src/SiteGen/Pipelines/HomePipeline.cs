using SiteGen.Archive;
using SiteGen.Engine;
using SiteGen.Output;

namespace SiteGen.Pipelines;

/// <summary>The paginated home page.</summary>
public sealed class HomePipeline : Pipeline
{
    public HomePipeline() : base("Home")
    {
        Dependencies.Add(ArchiveInputs.ArticlesPipeline);
        PostProcess.Add(new HomePagesModule());
        Output.Add(new WriteDocumentsModule());
    }
}
