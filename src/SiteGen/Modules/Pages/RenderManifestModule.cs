using SiteGen.Engine;
using SiteGen.Rendering;
using SiteGen.Rendering.Views;
using SiteGen.Site;

namespace SiteGen.Modules.Pages;

/// <summary>
/// The web app manifest at <c>/manifest.webmanifest</c> (the site's name and icons for a phone's home screen), from the
/// theme's <c>layouts/manifest.sbn</c>; none when the theme has no such template.
/// </summary>
public sealed class RenderManifestModule : IModule
{
    public const string Layout = "layouts/manifest.sbn";
    public const string Destination = "manifest.webmanifest";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        if (!site.Templates.Has(Layout)) return Task.FromResult<IReadOnlyList<Document>>([]);
        var doc = new Document("manifest", Destination).WithContent(site.Page(Layout, () =>
            PageModel.Create(new PageMeta { Kind = "manifest", Title = "" })));
        return Task.FromResult<IReadOnlyList<Document>>([doc]);
    }
}
