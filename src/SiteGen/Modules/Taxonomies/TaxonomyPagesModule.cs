using SiteGen.Archive;
using SiteGen.Engine;
using SiteGen.Formats;
using SiteGen.Model;
using SiteGen.Modules.Articles;
using SiteGen.Modules.Lists;
using SiteGen.Rendering;
using SiteGen.Rendering.Views;
using SiteGen.Site;

namespace SiteGen.Modules.Taxonomies;

/// <summary>
/// The pages of every taxonomy in site.yml, by one mechanism: <c>/{path}/</c> lists the terms with their counts (a
/// large taxonomy: the most used, and pages by letter), <c>/{path}/{term}/</c> (paginated) lists a term's articles
/// newest first.
/// </summary>
public sealed class TaxonomyPagesModule : IModule
{
    public const string TermsLayout = "layouts/terms.sbn";
    public const string TermLayout = "layouts/list.sbn";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        var articles = context.Articles();
        var summaries = context.Summaries();
        var lists = new List<IReadOnlyList<Document>>();
        foreach (var index in context.Taxonomies().All)
        {
            lists.Add(IndexPages(site, index, articles).ToList());
            foreach (var term in index.Terms)
                lists.Add(ListPageRenderer.Documents(site, TermList(site, index, term, articles, summaries)));
        }
        return Task.FromResult<IReadOnlyList<Document>>(new ConcatenatedDocuments(lists));
    }

    /// <summary>Where a term's Atom feed is, or null when its taxonomy has none.</summary>
    public static string? FeedPath(TaxonomyIndex index, Term term) => index.Settings.Feed ? term.Path + "feed.xml" : null;

    /// <summary>
    /// The index of a taxonomy. One page of every term A–Z while it has no more than <c>top</c> terms; past that the
    /// index shows the <c>top</c> most used and a letter bar, and each letter gets pages of its terms A–Z
    /// (<c>/tag/huruf/a/</c>, <c>indexPageSize</c> a page): a page of 4,000 tag links was 370 KB and 12,000 nodes at
    /// 2,000 articles, and taxonomies grow with the archive.
    /// </summary>
    private static IEnumerable<Document> IndexPages(SiteContext site, TaxonomyIndex index, IReadOnlyList<Article> articles)
    {
        DateOnly? newest = null;
        foreach (var term in index.Terms)
            if (ArchiveInputs.NewestDate(articles, term.Articles) is { } d && (newest is null || d > newest)) newest = d;

        var settings = index.Settings;
        var title = Html.Escape(settings.Title);
        var indexCrumb = new LinkView(title, site.Urls.Link(index.Path));
        var total = index.Terms.Count;
        if (total <= settings.Top)
        {
            yield return IndexPage(site, index, $"{settings.Name}:index", index.Path, title, [indexCrumb with { Current = true }], newest,
                () => index.Terms.Select(t => TermLink(site, t)).ToList(), [], null, null);
            yield break;
        }

        var letters = TermLetters.Group(index.Terms);
        var letterLinks = letters.Select(l => new LinkView(Html.Escape(l.Text), site.Urls.Link(LetterPath(site, index, l)), l.Terms.Count)).ToList();
        yield return IndexPage(site, index, $"{settings.Name}:index", index.Path, title, [indexCrumb with { Current = true }], newest,
            () => TermLetters.MostUsed(index.Terms, settings.Top).Select(t => TermLink(site, t)).ToList(), letterLinks, null, null);

        for (var i = 0; i < letters.Count; i++)
        {
            var letter = letters[i];
            var current = letterLinks[i] with { Current = true };
            var links = letterLinks.Select((l, j) => j == i ? current : l).ToList();
            var pages = Pagination.Paginate(letter.Terms, settings.IndexPageSize, LetterPath(site, index, letter), site.Settings.Segments.Page);
            foreach (var page in pages)
            {
                var p = page;
                var letterNewest = p.Items.Select(t => ArchiveInputs.NewestDate(articles, t.Articles)).Max();
                yield return IndexPage(site, index, $"{settings.Name}:letter:{letter.Slug}#{p.Number}", p.Path, $"{title} · {current.Text}",
                    [indexCrumb, new LinkView(current.Text, current.Url, Current: true)], letterNewest,
                    () => p.Items.Select(t => TermLink(site, t)).ToList(), links, current, p);
            }
        }
    }

    private static string LetterPath(SiteContext site, TaxonomyIndex index, TermLetter letter) =>
        $"{index.Path}{site.Settings.Segments.Letter}/{letter.Slug}/";

    private static LinkView TermLink(SiteContext site, Term term) =>
        new(Html.Escape(term.Name), site.Urls.Link(term.Path), term.Count, Highlight: term.Popular);

    /// <summary>A page of the index: <paramref name="terms"/> are made when the page is written.</summary>
    private static Document IndexPage(SiteContext site, TaxonomyIndex index, string source, string path, string title,
        IReadOnlyList<LinkView> breadcrumbs, DateOnly? newest, Func<List<LinkView>> terms, IReadOnlyList<LinkView> letters,
        LinkView? letter, ListPage<Term>? page) =>
        new Document(source, SiteUrls.FileFor(path))
            .WithMetadata(DocumentKeys.SitemapEntry, new SitemapEntry(path, newest))
            .WithContent(site.Page(TermsLayout, () =>
            {
                var pager = page is null ? null : ListPageRenderer.Pager(site, page);
                var meta = new PageMeta
                {
                    Kind = "terms",
                    Title = title,
                    Canonical = site.Urls.Absolute(path),
                    PrevUrl = pager?.PrevUrl,
                    NextUrl = pager?.NextUrl,
                    Breadcrumbs = breadcrumbs,
                };
                return PageModel.Create(meta, ("taxonomy", index.Settings.Name), ("terms", terms()),
                    ("letters", letters), ("letter", letter), ("total", index.Terms.Count), ("pager", pager));
            }));

    /// <summary>
    /// A tag page names the other forms its tag was written in (<c>Juga ditulis: Komisi Pemberantasan Korupsi</c>), so
    /// that search, which indexes the page, finds the tag by any of them. Escaped; empty for other taxonomies.
    /// </summary>
    private static string AliasesLine(SiteContext site, TaxonomyIndex index, Term term)
    {
        if (index.Settings.Field != "tags" || site.Settings.Tags.AliasesLabel.Length == 0) return "";
        var aliases = site.TagReport.AliasesOf(term.Name);
        return aliases.Count == 0 ? "" : Html.Escape($"{site.Settings.Tags.AliasesLabel}: {string.Join(", ", aliases)}");
    }

    private static ArticleList TermList(SiteContext site, TaxonomyIndex index, Term term, IReadOnlyList<Article> articles, IReadOnlyList<ArticleSummaryView> summaries)
    {
        var items = new ArticleSummaryView[term.Articles.Count];
        for (var i = 0; i < items.Length; i++) items[i] = summaries[term.Articles[i]];
        var taxonomyTitle = Html.Escape(index.Settings.Title);
        var name = Html.Escape(term.Name);
        return new ArticleList(
            Source: $"{index.Settings.Name}:{term.Slug}",
            Kind: "term",
            FolderPath: term.Path,
            Title: $"{taxonomyTitle}: {name}",
            Description: AliasesLine(site, index, term),
            Items: items,
            PageSize: index.Settings.PageSize ?? site.Settings.PageSize,
            Breadcrumbs:
            [
                new LinkView(taxonomyTitle, site.Urls.Link(index.Path)),
                new LinkView(name, site.Urls.Link(term.Path), Current: true),
            ],
            FeedPath: FeedPath(index, term),
            Layout: TermLayout,
            LastModified: ArchiveInputs.NewestDate(articles, term.Articles));
    }
}
