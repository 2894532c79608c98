using SiteGen.Archive;
using SiteGen.Engine;
using SiteGen.Model;
using SiteGen.Reading;
using SiteGen.Rendering;
using SiteGen.Rendering.Views;
using SiteGen.Site;

namespace SiteGen.Modules.Articles;

/// <summary>
/// Gives each article its page: placed at its permalink, with previous/next in date order and related articles.
/// Rendering is deferred to the write step, so no rendered page is held longer than it takes to write it, and each page
/// document is made when it is read (<see cref="DocumentsOnDemand"/>), so none is held from post-process to the end.
/// </summary>
public sealed class RenderArticlesModule : IModule
{
    public const string Layout = "layouts/article.sbn";
    public const int MaxRelated = 5;

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        var views = new ArticleViews(site.Settings, site.Urls, site.Dates, ArchiveInputs.TaxonomiesOf(inputs, site.Settings));
        var articles = inputs.Select(d => d.Get<Article>(DocumentKeys.Article)).ToList();
        var summaries = inputs.Select(d => d.Get<ArticleSummaryView>(DocumentKeys.Summary)).ToArray();
        var hashes = inputs.Select(d => d.Get<ContentHash>(DocumentKeys.SourceHash)).ToArray();
        var relatedKey = Related.Key(articles, MaxRelated);
        var related = site.Cache.Related is { } cached && cached.Key == relatedKey && cached.Lists.Length == articles.Count
            ? cached.Lists
            : Related.For(articles, MaxRelated);
        site.Cache.Related = (relatedKey, related);
        var terms = ArchiveInputs.TaxonomiesOf(inputs, site.Settings).TermsFingerprint;
        site.Links.Expect(summaries.Select(s => s.Url));

        // Each page is made when the write step (or the search step) reads it: the engine holds this list to the end.
        Document Page(int index)
        {
            var a = articles[index];
            // The archive is newest first: the previous (older) article is the next in the list.
            var previous = a.Date is not null && index + 1 < articles.Count && articles[index + 1].Date is not null ? summaries[index + 1] : null;
            var next = a.Date is not null && index > 0 ? summaries[index - 1] : null;
            return inputs[index]
                .WithDestination(SiteUrls.FileFor(a.Url))
                .WithMetadata(DocumentKeys.Fingerprint, new Func<Hash128>(() =>
                    PageFingerprint(a, hashes[index], terms, previous, next, related[index].Select(r => summaries[r]).ToList())))
                .WithContent(site.Page(Layout, () =>
                {
                    // The text was dropped after reading; the page reads it again, and lets it go once written.
                    var paragraphs = ArticleSource.Paragraphs(site.Root, a.SourcePath, hashes[index], site.Settings.Text.Repair);
                    var view = views.Full(a with { Paragraphs = paragraphs }, previous, next, related[index].Select(r => summaries[r]).ToList());
                    var meta = new PageMeta
                    {
                        Kind = "article",
                        Title = view.Title,
                        Description = view.Lead,
                        Canonical = site.Urls.Absolute(a.Url),
                        OgType = "article",
                        PublishedIso = view.DateIso.Length > 0 ? view.DateIso : null,
                        JsonLd = StructuredData.NewsArticle(a, site.Settings, site.Urls),
                    };
                    return PageModel.Create(meta, ("article", view));
                }));
        }
        return Task.FromResult<IReadOnlyList<Document>>(new DocumentsOnDemand(inputs.Count, Page));
    }

    // One per thread, emptied for each page: the summaries a page's fingerprint adds are hashed with their own.
    [ThreadStatic] private static Fingerprint? t_page;

    /// <summary>
    /// Everything the page is made from: the file's hash stands for its paragraphs; the record's fields feed the view and
    /// the JSON-LD; <paramref name="terms"/> fixes what its values link to; then the neighbours' and related summaries.
    /// </summary>
    /// <remarks>
    /// Article's fields and what each of cache, fingerprint and views carries are listed in one place,
    /// <c>tests/SiteGen.Tests/Model/ArticleFieldsTests.cs</c>, which fails on a field left out.
    /// </remarks>
    internal static Hash128 PageFingerprint(Article a, ContentHash source, Hash128 terms, ArticleSummaryView? previous, ArticleSummaryView? next,
        IReadOnlyList<ArticleSummaryView> related) =>
        (t_page ??= new Fingerprint()).Reset().Add(Layout).Add(source.Value).Add(terms)
            .Add(a.SourcePath).Add(a.Title).Add(a.Summary ?? a.Lead).Add(a.City).Add(a.Source).Add(a.Editor).Add(a.WordCount).Add(a.ReadingMinutes)
            .Add(a.Url).Add(a.Slug).Add(a.Date).Add(a.Tags).Add(a.Section).Add(a.Draft)
            .Add(previous).Add(next).Add(related).Value;
}
