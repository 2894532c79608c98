using SiteGen.Engine;
using SiteGen.Modules.Pages;
using SiteGen.Modules.Writing;

namespace SiteGen.Pipelines;

/// <summary>Markdown pages from <c>input/</c>, the 404 page and the web app manifest.</summary>
public sealed class PagesPipeline : Pipeline
{
    public const string PipelineName = "Pages";

    public PagesPipeline() : base(PipelineName)
    {
        Input.Add(new ReadMarkdownPagesModule());
        PostProcess.Add(new RenderMarkdownPagesModule());
        PostProcess.Add(new DelegateModule(async (docs, context) =>
            [.. docs, .. await new RenderNotFoundModule().ExecuteAsync([], context), .. await new RenderManifestModule().ExecuteAsync([], context)]));
        Output.Add(new WriteDocumentsModule());
    }
}
