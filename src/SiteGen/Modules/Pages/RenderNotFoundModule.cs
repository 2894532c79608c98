using SiteGen.Engine;
using SiteGen.Rendering;
using SiteGen.Rendering.Views;
using SiteGen.Site;

namespace SiteGen.Modules.Pages;

/// <summary>The <c>404.html</c> static hosts serve for missing pages, in the theme's look.</summary>
public sealed class RenderNotFoundModule : IModule
{
    public const string Layout = "layouts/404.sbn";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        var doc = new Document("404", "404.html").WithContent(site.Page(Layout, () =>
            PageModel.Create(new PageMeta { Kind = "notfound", Title = "404" })));
        return Task.FromResult<IReadOnlyList<Document>>([doc]);
    }
}
