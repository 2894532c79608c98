using System.Globalization;
using SiteGen.Archive;
using SiteGen.Engine;
using SiteGen.Formats;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Rendering.Views;
using SiteGen.Site;

namespace SiteGen.Modules.Lists;

/// <summary>
/// Turns an <see cref="ArticleList"/> into one document per page, with pager, prev/next links and canonical URLs.
/// Pages render when written, so a list of 50,000 articles never holds more than one rendered page, and each page's
/// document is made when read, so none is held between the list's making and its writing.
/// </summary>
public static class ListPageRenderer
{
    /// <summary>The list's pages, each made when it is read (<see cref="DocumentsOnDemand"/>).</summary>
    public static IReadOnlyList<Document> Documents(SiteContext site, ArticleList list) =>
        new DocumentsOnDemand(Pagination.PageCount(list.Items.Count, list.PageSize),
            i => Document(site, list, Pagination.Page(list.Items, list.PageSize, list.FolderPath, site.Settings.Segments.Page, i + 1)));

    private static Document Document(SiteContext site, ArticleList list, ListPage<ArticleSummaryView> page) =>
        new Document($"{list.Source}#{page.Number}", SiteUrls.FileFor(page.Path))
            .WithMetadata(DocumentKeys.SitemapEntry, new SitemapEntry(page.Path, list.LastModified))
            .WithMetadata(DocumentKeys.Fingerprint, new Func<Hash128>(() => Fingerprint(list, page)))
            .WithContent(site.Page(list.Layout, () =>
            {
                var pager = Pager(site, page);
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
                return PageModel.Create(meta, ("items", page.Items), ("pager", pager), ("period", list.Period),
                    ("home_sections", Blocks(list, page)));
            }));

    private static IReadOnlyList<SectionBlockView>? Blocks(ArticleList list, ListPage<ArticleSummaryView> page) => page.Number == 1 ? list.SectionBlocks : null;

    // One per thread, emptied for each page: a new one a page was a hasher and its buffer (about 800 bytes) for each of
    // thousands of list pages, every build. The summaries it adds are hashed with their own (ViewFingerprints).
    [ThreadStatic] private static Fingerprint? t_page;

    /// <summary>What a list page is made from; its pager's links follow from the folder, the number and the total.</summary>
    private static Hash128 Fingerprint(ArticleList list, ListPage<ArticleSummaryView> page)
    {
        var f = (t_page ??= new Fingerprint()).Reset().Add(list.Layout).Add(list.Kind).Add(list.FolderPath).Add(list.Title).Add(list.Description)
            .Add(list.FeedPath).Add(list.Breadcrumbs).Add(list.Period?.Prev).Add(list.Period?.Next).Add(page.Number).Add(page.Total).Add(page.Items);
        if (Blocks(list, page) is { } blocks)
            foreach (var b in blocks) f.Add(b.Id).Add(b.Section).Add(b.Items);
        return f.Value;
    }

    /// <summary>Previous/next and a window of numbered links; a gap is a link with no URL.</summary>
    public static PagerView Pager<T>(SiteContext site, ListPage<T> page)
    {
        var numbers = PagerWindow.Numbers(page.Number, page.Total);
        var links = new List<LinkView>(numbers.Count);
        foreach (var n in numbers)
            links.Add(n == PagerWindow.Gap
                ? new LinkView("…", "")
                : new LinkView(n.ToString(CultureInfo.InvariantCulture), site.Urls.Link(page.AllPaths[n - 1]), Current: n == page.Number));
        return new PagerView(
            page.Number,
            page.Total,
            page.PrevPath is null ? null : site.Urls.Link(page.PrevPath),
            page.NextPath is null ? null : site.Urls.Link(page.NextPath),
            links);
    }
}
