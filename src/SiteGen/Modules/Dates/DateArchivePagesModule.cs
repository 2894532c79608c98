using System.Globalization;
using SiteGen.Archive;
using SiteGen.Engine;
using SiteGen.Formats;
using SiteGen.Model;
using SiteGen.Modules.Articles;
using SiteGen.Modules.Lists;
using SiteGen.Rendering;
using SiteGen.Rendering.Views;
using SiteGen.Site;

namespace SiteGen.Modules.Dates;

/// <summary>
/// The date archive: <c>/arsip/</c> lists years, <c>/arsip/2023/</c> that year's months, <c>/arsip/2023/07/</c>
/// (paginated) the month's articles, and <c>/arsip/tanpa-tanggal/</c> the undated ones. Segment names and headings come
/// from site.yml; month names from the site's locale.
/// </summary>
public sealed class DateArchivePagesModule : IModule
{
    public const string PeriodsLayout = "layouts/archive.sbn";
    public const string MonthLayout = "layouts/list.sbn";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        var articles = context.Articles();
        var summaries = context.Summaries();
        var archive = DateArchive.Build(articles);
        var segments = site.Settings.Segments;
        var words = site.Settings.Archive;
        var root = new LinkView(Html.Escape(words.Title), site.Urls.Link(DateArchive.IndexPath(segments)));

        // In the order the sitemap lists them: the index, then each year's page before its months' pages.
        var lists = new List<IReadOnlyList<Document>> { new[] { IndexPage(site, archive, articles, root) } };
        // Every month with articles, newest first: a month page links the ones either side of it, so a reader can
        // go through the archive month by month.
        var allMonths = archive.Years.SelectMany(y => y.Months).ToList();
        var monthIndex = 0;
        foreach (var year in archive.Years)
        {
            lists.Add(new[] { YearPage(site, year, articles, root) });
            var yearCrumb = new LinkView(Year(year.Year), site.Urls.Link(DateArchive.YearPath(segments, year.Year)));
            foreach (var month in year.Months)
            {
                var path = DateArchive.MonthPath(segments, month.Year, month.Month);
                var list = new ArticleList(
                    Source: $"archive:{path}",
                    Kind: "month",
                    FolderPath: path,
                    Title: Html.Escape(site.Dates.MonthYear(month.Year, month.Month)),
                    Description: "",
                    Items: Pick(summaries, month.Articles),
                    PageSize: site.Settings.PageSize,
                    Breadcrumbs: [root, yearCrumb, new LinkView(Html.Escape(site.Dates.MonthName(month.Month)), site.Urls.Link(path), Current: true)],
                    Layout: MonthLayout,
                    LastModified: ArchiveInputs.NewestDate(articles, month.Articles),
                    Period: new PeriodNavView(
                        monthIndex + 1 < allMonths.Count ? MonthLink(site, allMonths[monthIndex + 1]) : null,
                        monthIndex > 0 ? MonthLink(site, allMonths[monthIndex - 1]) : null));
                monthIndex++;
                lists.Add(ListPageRenderer.Documents(site, list));
            }
        }

        if (archive.Undated.Count > 0)
        {
            var path = DateArchive.UndatedPath(segments);
            var title = Html.Escape(words.UndatedTitle);
            var list = new ArticleList(
                Source: $"archive:{path}",
                Kind: "undated",
                FolderPath: path,
                Title: title,
                Description: "",
                Items: Pick(summaries, archive.Undated),
                PageSize: site.Settings.PageSize,
                Breadcrumbs: [root, new LinkView(title, site.Urls.Link(path), Current: true)],
                Layout: MonthLayout);
            lists.Add(ListPageRenderer.Documents(site, list));
        }
        return Task.FromResult<IReadOnlyList<Document>>(new ConcatenatedDocuments(lists));
    }

    private static Document IndexPage(SiteContext site, DateArchive archive, IReadOnlyList<Article> articles, LinkView root)
    {
        var segments = site.Settings.Segments;
        var path = DateArchive.IndexPath(segments);
        var newest = archive.Years.Count > 0 ? ArchiveInputs.NewestDate(articles, archive.Years[0].Months[0].Articles) : null;
        var periods = new List<LinkView>(archive.Years.Count);
        foreach (var year in archive.Years)
            periods.Add(new LinkView(Year(year.Year), site.Urls.Link(DateArchive.YearPath(segments, year.Year)), year.Count));
        var undated = archive.Undated.Count == 0
            ? null
            : new LinkView(Html.Escape(site.Settings.Archive.UndatedTitle), site.Urls.Link(DateArchive.UndatedPath(segments)), archive.Undated.Count);
        return PeriodsPage(site, $"archive:{path}", path, root.Text, [root with { Current = true }], periods, undated, newest);
    }

    private static Document YearPage(SiteContext site, ArchiveYear year, IReadOnlyList<Article> articles, LinkView root)
    {
        var segments = site.Settings.Segments;
        var path = DateArchive.YearPath(segments, year.Year);
        var periods = new List<LinkView>(year.Months.Count);
        foreach (var month in year.Months)
            periods.Add(new LinkView(Html.Escape(site.Dates.MonthName(month.Month)), site.Urls.Link(DateArchive.MonthPath(segments, month.Year, month.Month)), month.Articles.Count));
        var crumbs = new[] { root, new LinkView(Year(year.Year), site.Urls.Link(path), Current: true) };
        return PeriodsPage(site, $"archive:{path}", path, $"{root.Text} {Year(year.Year)}", crumbs, periods, null, ArchiveInputs.NewestDate(articles, year.Months[0].Articles));
    }

    /// <summary>A page of periods (years or months) with their counts; rendered when written.</summary>
    private static Document PeriodsPage(SiteContext site, string source, string path, string title, IReadOnlyList<LinkView> breadcrumbs,
        IReadOnlyList<LinkView> periods, LinkView? undated, DateOnly? newest) =>
        new Document(source, SiteUrls.FileFor(path))
            .WithMetadata(DocumentKeys.SitemapEntry, new SitemapEntry(path, newest))
            .WithContent(site.Page(PeriodsLayout, () =>
            {
                var meta = new PageMeta
                {
                    Kind = "archive",
                    Title = title,
                    Canonical = site.Urls.Absolute(path),
                    Breadcrumbs = breadcrumbs,
                };
                return PageModel.Create(meta, ("periods", periods), ("undated", undated));
            }));

    private static LinkView MonthLink(SiteContext site, ArchiveMonth month) =>
        new(Html.Escape(site.Dates.MonthYear(month.Year, month.Month)), site.Urls.Link(DateArchive.MonthPath(site.Settings.Segments, month.Year, month.Month)));

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static ArticleSummaryView[] Pick(IReadOnlyList<ArticleSummaryView> summaries, IReadOnlyList<int> indices)
    {
        var items = new ArticleSummaryView[indices.Count];
        for (var i = 0; i < items.Length; i++) items[i] = summaries[indices[i]];
        return items;
    }
}
