using SiteGen.Archive;
using SiteGen.Engine;
using SiteGen.Modules.Articles;
using SiteGen.Modules.Lists;
using SiteGen.Rendering;
using SiteGen.Rendering.Views;
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
            LastModified: articles.Count > 0 ? articles[0].Date : null,
            SectionBlocks: SectionBlocks(site, context));
        return Task.FromResult(ListPageRenderer.Documents(site, list));
    }

    /// <summary>The newest few articles of each of the site's sections, in menu order; sections without articles have no block.</summary>
    private static IReadOnlyList<SectionBlockView> SectionBlocks(SiteContext site, PipelineContext context)
    {
        var count = site.Settings.Sections.HomeItems;
        if (count == 0) return [];
        var summaries = context.Summaries();
        var blocks = new List<SectionBlockView>();
        foreach (var term in SectionTerms.Listed(site.Settings.Sections, context.Taxonomies()))
            blocks.Add(new SectionBlockView(
                "rubrik-" + term.Slug,
                new LinkView(Html.Escape(term.Name), site.Urls.Link(term.Path)),
                [.. term.Articles.Take(count).Select(i => summaries[i])]));
        return blocks;
    }
}
