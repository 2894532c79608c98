using SiteGen.Engine;
using SiteGen.Modules.Articles;
using SiteGen.Modules.Lists;
using SiteGen.Rendering;
using SiteGen.Site;

namespace SiteGen.Modules.Home;

/// <summary>The paginated home page: every article, newest first, at <c>/</c>, <c>/halaman/2/</c>…</summary>
public sealed class HomePagesModule : IModule
{
    public const string FeedPath = "/feed.xml";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        var articles = context.Articles();
        var list = new ArticleList(
            Source: "home",
            Kind: "home",
            FolderPath: "/",
            Title: Html.Escape(site.Settings.Title),
            Description: Html.Escape(site.Settings.Description),
            Items: context.Summaries(),
            PageSize: site.Settings.PageSize,
            Breadcrumbs: [],
            FeedPath: FeedPath,
            Layout: "layouts/home.sbn",
            LastModified: articles.Count > 0 ? articles[0].Date : null);
        return Task.FromResult<IReadOnlyList<Document>>(ListPageRenderer.Documents(site, list).ToList());
    }
}
