using SiteGen.Engine;
using SiteGen.Modules.SearchPage;
using SiteGen.Modules.Writing;

namespace SiteGen.Pipelines;

/// <summary>The search page. Its index is built by Pagefind after every pipeline has written (see SiteBuilder).</summary>
public sealed class SearchPagePipeline : Pipeline
{
    public const string PipelineName = "SearchPage";

    public SearchPagePipeline() : base(PipelineName)
    {
        Process.Add(new RenderSearchPageModule());
        Output.Add(new WriteDocumentsModule());
    }
}
