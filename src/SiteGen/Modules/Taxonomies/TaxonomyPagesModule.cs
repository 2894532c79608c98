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
/// The pages of every taxonomy in site.yml, by one mechanism: <c>/{path}/</c> lists the terms with their counts,
/// <c>/{path}/{term}/</c> (paginated) lists a term's articles newest first.
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
        var documents = new List<Document>();
        foreach (var index in context.Taxonomies().All)
        {
            documents.Add(TermsPage(site, index, articles));
            foreach (var term in index.Terms)
                documents.AddRange(ListPageRenderer.Documents(site, TermList(site, index, term, articles, summaries)));
        }
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }

    /// <summary>Where a term's Atom feed is, or null when its taxonomy has none.</summary>
    public static string? FeedPath(TaxonomyIndex index, Term term) => index.Settings.Feed ? term.Path + "feed.xml" : null;

    private static Document TermsPage(SiteContext site, TaxonomyIndex index, IReadOnlyList<Article> articles)
    {
        DateOnly? newest = null;
        foreach (var term in index.Terms)
            if (ArchiveInputs.NewestDate(articles, term.Articles) is { } d && (newest is null || d > newest)) newest = d;

        return new Document($"{index.Settings.Name}:index", SiteUrls.FileFor(index.Path))
            .WithMetadata(DocumentKeys.SitemapEntry, new SitemapEntry(index.Path, newest))
            .WithContent(() =>
            {
                var title = Html.Escape(index.Settings.Title);
                var terms = new List<LinkView>(index.Terms.Count);
                foreach (var term in index.Terms)
                    terms.Add(new LinkView(Html.Escape(term.Name), site.Urls.Link(term.Path), term.Count, Highlight: term.Popular));
                var meta = new PageMeta
                {
                    Kind = "terms",
                    Title = title,
                    Canonical = site.Urls.Absolute(index.Path),
                    Breadcrumbs = [new LinkView(title, site.Urls.Link(index.Path), Current: true)],
                };
                return site.Render(TermsLayout, PageModel.Create(meta, ("taxonomy", index.Settings.Name), ("terms", terms)));
            });
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
            Description: "",
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
