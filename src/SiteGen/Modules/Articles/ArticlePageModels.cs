using Scriban.Runtime;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Rendering.Views;

namespace SiteGen.Modules.Articles;

/// <summary>
/// What an article page is made from besides its record: its neighbours in date order, its related articles, and the
/// variables the article layout renders. One place for the build's pages and the dev server's previews of them.
/// </summary>
/// <param name="articles">The archive newest first, as the pages are ordered.</param>
/// <param name="summaries">Each article's summary, in the same order.</param>
/// <param name="related">Each article's related articles, as indexes into the same order.</param>
public sealed class ArticlePageModels(ArticleViews views, IReadOnlyList<Article> articles, IReadOnlyList<ArticleSummaryView> summaries,
    IReadOnlyList<IReadOnlyList<int>> related, SiteUrls urls, SiteSettings settings)
{
    /// <summary>The older article before this one; the archive is newest first, so it is the next in the list.</summary>
    public ArticleSummaryView? Previous(int index) =>
        articles[index].Date is not null && index + 1 < articles.Count && articles[index + 1].Date is not null ? summaries[index + 1] : null;

    public ArticleSummaryView? Next(int index) => articles[index].Date is not null && index > 0 ? summaries[index - 1] : null;

    public List<ArticleSummaryView> RelatedTo(int index) => related[index].Select(r => summaries[r]).ToList();

    /// <summary>The page's variables for the article at <paramref name="index"/>, shown as <paramref name="a"/> with <paramref name="paragraphs"/>.</summary>
    public ScriptObject Model(int index, Article a, IReadOnlyList<string> paragraphs)
    {
        var view = views.Full(a with { Paragraphs = paragraphs }, Previous(index), Next(index), RelatedTo(index));
        var meta = new PageMeta
        {
            Kind = "article",
            Title = view.Title,
            Description = view.Lead,
            Canonical = urls.Absolute(a.Url),
            OgType = "article",
            PublishedIso = view.DateIso.Length > 0 ? view.DateIso : null,
            JsonLd = StructuredData.NewsArticle(a, settings, urls),
        };
        return PageModel.Create(meta, ("article", view));
    }
}
