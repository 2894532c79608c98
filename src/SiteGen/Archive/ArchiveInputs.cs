using SiteGen.Articles;
using SiteGen.Engine;
using SiteGen.Reading;
using SiteGen.Rendering;
using SiteGen.Rendering.Views;

namespace SiteGen.Archive;

/// <summary>How list-building pipelines read the articles pipeline's results: newest first, with their summaries.</summary>
public static class ArchiveInputs
{
    public const string ArticlesPipeline = "Articles";

    public static IReadOnlyList<Document> ArticleDocuments(this PipelineContext context) => context.ProcessedBy(ArticlesPipeline);

    public static IReadOnlyList<Article> Articles(this PipelineContext context) =>
        context.ArticleDocuments().Select(d => d.Get<Article>(ReadArticlesModule.ArticleKey)).ToList();

    public static IReadOnlyList<ArticleSummaryView> Summaries(this PipelineContext context) =>
        context.ArticleDocuments().Select(d => d.Get<ArticleSummaryView>(SummarizeArticlesModule.SummaryKey)).ToList();
}
