using SiteGen.Archive;
using SiteGen.Engine;
using SiteGen.Model;
using SiteGen.Rendering.Views;
using SiteGen.Site;

namespace SiteGen.Modules.Articles;

/// <summary>
/// How list-building pipelines read the articles pipeline's results: newest first, with their summaries and the
/// taxonomy index. Indices in the index and in <see cref="DateArchive"/> refer to positions in these lists.
/// </summary>
public static class ArchiveInputs
{
    public const string ArticlesPipeline = "Articles";

    public static IReadOnlyList<Document> ArticleDocuments(this PipelineContext context) => context.ProcessedBy(ArticlesPipeline);

    public static IReadOnlyList<Article> Articles(this PipelineContext context) =>
        context.ArticleDocuments().Select(d => d.Get<Article>(DocumentKeys.Article)).ToList();

    public static IReadOnlyList<ArticleSummaryView> Summaries(this PipelineContext context) =>
        context.ArticleDocuments().Select(d => d.Get<ArticleSummaryView>(DocumentKeys.Summary)).ToList();

    public static SiteTaxonomies Taxonomies(this PipelineContext context) =>
        TaxonomiesOf(context.ArticleDocuments(), context.Service<SiteContext>().Settings);

    /// <summary>The index the article documents carry; an archive without articles has empty taxonomies.</summary>
    public static SiteTaxonomies TaxonomiesOf(IReadOnlyList<Document> articleDocuments, SiteSettings settings) =>
        articleDocuments.Count > 0
            ? articleDocuments[0].Get<SiteTaxonomies>(DocumentKeys.Taxonomies)
            : SiteTaxonomies.Build(settings.Taxonomies, [], new DiagnosticBag());

    /// <summary>The date of the newest dated article among <paramref name="indices"/> (newest first), or null if none is dated.</summary>
    public static DateOnly? NewestDate(IReadOnlyList<Article> articles, IReadOnlyList<int> indices) =>
        indices.Count > 0 ? articles[indices[0]].Date : null;
}
