using SiteGen.Engine;
using SiteGen.Rendering;
using SiteGen.Rendering.Views;
using SiteGen.Site;

namespace SiteGen.Archive;

/// <summary>The paginated home page: every article, newest first, at <c>/</c>, <c>/halaman/2/</c>…</summary>
public sealed class HomePagesModule : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        var summaries = context.Summaries();
        var list = new ArticleList(
            Source: "home",
            Kind: "home",
            FolderPath: "/",
            Title: Html.Escape(site.Settings.Title),
            Description: Html.Escape(site.Settings.Description),
            Items: summaries,
            PageSize: site.Settings.PageSize,
            Breadcrumbs: [],
            FeedPath: "/feed.xml",
            Layout: "layouts/home.sbn");
        return Task.FromResult<IReadOnlyList<Document>>(ListPageRenderer.Documents(site, list).ToList());
    }
}
