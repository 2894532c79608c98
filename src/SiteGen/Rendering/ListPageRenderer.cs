using SiteGen.Archive;
using SiteGen.Engine;
using SiteGen.Rendering.Views;
using SiteGen.Site;

namespace SiteGen.Rendering;

/// <summary>What a paginated list of articles is: where it lives, what it is called, what it lists.</summary>
public sealed record ArticleList(
    string Source,
    string Kind,
    string FolderPath,
    string Title,
    string Description,
    IReadOnlyList<ArticleSummaryView> Items,
    int PageSize,
    IReadOnlyList<LinkView> Breadcrumbs,
    string? FeedPath = null,
    string Layout = "layouts/list.sbn");

/// <summary>Turns an <see cref="ArticleList"/> into one document per page, with pager, prev/next links and canonical URLs.</summary>
public static class ListPageRenderer
{
    public static IEnumerable<Document> Documents(SiteContext site, ArticleList list)
    {
        var pages = Pagination.Paginate(list.Items, list.PageSize, list.FolderPath, site.Settings.Segments.Page);
        foreach (var p in pages)
        {
            var page = p;
            yield return new Document($"{list.Source}#{page.Number}", SiteUrls.FileFor(page.Path)).WithContent(() =>
            {
                var pager = new PagerView(
                    page.Number,
                    page.Total,
                    page.PrevPath is null ? null : site.Urls.Link(page.PrevPath),
                    page.NextPath is null ? null : site.Urls.Link(page.NextPath),
                    page.AllPaths.Select((path, i) => new LinkView((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), site.Urls.Link(path), Current: i + 1 == page.Number)).ToList());
                var meta = new PageMeta
                {
                    Kind = list.Kind,
                    Title = list.Title,
                    Description = list.Description,
                    Canonical = site.Urls.Absolute(page.Path),
                    PrevUrl = pager.PrevUrl,
                    NextUrl = pager.NextUrl,
                    FeedUrl = list.FeedPath is null ? null : site.Urls.Link(list.FeedPath),
                    Breadcrumbs = list.Breadcrumbs,
                };
                return site.Render(list.Layout, PageModel.Create(meta, ("items", page.Items), ("pager", pager)));
            });
        }
    }
}
