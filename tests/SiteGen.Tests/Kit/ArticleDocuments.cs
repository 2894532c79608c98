using SiteGen.Engine;
using SiteGen.Model;
using SiteGen.Modules.Articles;

namespace SiteGen.Tests.Kit;

/// <summary>
/// Documents as the articles pipeline leaves them, made from <see cref="Article"/> records without reading files,
/// for modules that come after it (archive pages, feeds, sitemap).
/// </summary>
public static class ArticleDocuments
{
    /// <summary>One document per article, carrying it under <see cref="DocumentKeys.Article"/>, in the order given.</summary>
    public static IReadOnlyList<Document> Of(params Article[] articles) =>
        articles.Select(a => new Document(a.SourcePath).WithMetadata(DocumentKeys.Article, a)).ToList();

    /// <summary>
    /// The articles after the articles pipeline's Process phase: taxonomies indexed and summaries made by the real
    /// modules, newest first as inference orders them. Pass them to <see cref="FakeSite.Pipeline"/> as the
    /// <see cref="ArchiveInputs.ArticlesPipeline"/> pipeline.
    /// </summary>
    public static async Task<IReadOnlyList<Document>> ProcessedAsync(FakeSite site, params Article[] articles)
    {
        var ordered = articles.ToList();
        ordered.Sort(ArchiveOrder.NewestFirst);
        var documents = Of([.. ordered]);
        documents = await site.RunAsync(new IndexTaxonomiesModule(), documents);
        return await site.RunAsync(new SummarizeArticlesModule(), documents);
    }

    /// <summary>A pipeline context in which the articles pipeline has processed <paramref name="documents"/>.</summary>
    public static PipelineContext After(this FakeSite site, IReadOnlyList<Document> documents) =>
        site.Pipeline((ArchiveInputs.ArticlesPipeline, documents));
}
