using SiteGen.Engine;
using SiteGen.Formats;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Rendering.Views;
using SiteGen.Search;
using SiteGen.Site;

namespace SiteGen.Modules.SearchPage;

/// <summary>
/// The search page at <c>/{segments.search}/</c> (<c>/cari/</c>): Pagefind's search box where JavaScript and the index
/// are there, and plain links into the archive where they are not. None when <c>search.enabled</c> is false.
/// Made in the Process phase so the sitemap lists it; rendered only when written.
/// </summary>
public sealed class RenderSearchPageModule : IModule
{
    public const string Layout = "layouts/search.sbn";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        if (!site.Settings.Search.Enabled) return Task.FromResult<IReadOnlyList<Document>>([]);

        var path = $"/{site.Settings.Segments.Search}/";
        var doc = new Document("search", SiteUrls.FileFor(path))
            .WithMetadata(DocumentKeys.SitemapEntry, new SitemapEntry(path, null))
            .WithContent(site.Page(Layout, () =>
        {
            var meta = new PageMeta
            {
                Kind = "search",
                Title = Html.Escape(site.Settings.Search.Title),
                Canonical = site.Urls.Absolute(path),
            };
            // The bundle path carries the base URL's sub-path, so the UI finds /arsip-berita/pagefind/ too.
            return PageModel.Create(meta, ("pagefind_url", site.Urls.Link($"/{PagefindIndexer.BundleFolder}/")));
        }));
        return Task.FromResult<IReadOnlyList<Document>>([doc]);
    }
}
