using SiteGen.Archive;
using SiteGen.Engine;
using SiteGen.Incremental;
using SiteGen.Model;
using SiteGen.Preview;
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

        var pages = new ArticlePageModels(views, articles, summaries, related, site.Urls, site.Settings);

        // Each page is made when the write step (or the search step) reads it: the engine holds this list to the end.
        // A new document, not the processed one given a destination: what this closure holds is held to the end, and of
        // the processed documents (their metadata and its array, 40 MB at 250,000 articles) the page needs the record.
        Document Page(int index)
        {
            var a = articles[index];
            return new Document(a.SourcePath, SiteUrls.FileFor(a.Url))
                .WithMetadata(DocumentKeys.Article, a)
                .WithMetadata(DocumentKeys.Fingerprint, new Func<Hash128>(() =>
                    PageFingerprint(a, hashes[index], terms, pages.Previous(index), pages.Next(index), pages.RelatedTo(index))))
                // The text was dropped after reading; the page reads it again, and lets it go once written.
                .WithContent(site.Page(Layout, () => pages.Model(index, a, ArticleSource.Paragraphs(site.Root, a.SourcePath, hashes[index], site.Settings.Text.Repair))));
        }

        if (site.Options.CacheHandOff is not null && site.Cache.Inferred is { } given) site.Previews = PreviewsOf(site, articles, pages, given);
        return Task.FromResult<IReadOnlyList<Document>>(new DocumentsOnDemand(articles.Count, Page));
    }

    /// <summary>
    /// What the dev server previews an edited article from: each page's record, the record inference was given (kept by
    /// the dev server's cache hand-off only), and the page's models and renderer; not the build's context, which the
    /// server would otherwise keep alive through the next build.
    /// </summary>
    private static ArticlePreviews PreviewsOf(SiteContext site, IReadOnlyList<Article> articles, ArticlePageModels pages,
        IReadOnlyDictionary<string, InferredArticle> given)
    {
        var sources = new Dictionary<string, PreviewSource>(articles.Count, StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
            if (given.GetValueOrDefault(articles[i].SourcePath) is { } pair) sources[articles[i].SourcePath] = new PreviewSource(i, pair.From, articles[i]);
        var renderer = site.Renderer;
        return new ArticlePreviews(site.Root, site.Settings.Text.Repair, site.Settings.SummaryLength, sources,
            (source, a, paragraphs) => renderer.Render(Layout, pages.Model(source.Index, a, paragraphs)));
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
