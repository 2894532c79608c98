using SiteGen.Engine;
using SiteGen.Incremental;
using SiteGen.Inference;
using SiteGen.Model;
using SiteGen.Reading;
using SiteGen.Site;

namespace SiteGen.Modules.Articles;

/// <summary>
/// Reads every <c>*.txt</c> under <c>seeds/</c> in parallel into article documents; bad files become diagnostics.
/// Each text is parsed and analysed (<see cref="ArticleEvidence"/>) while it is in memory and then dropped: a document
/// keeps the article's small record, its evidence and the hash of its file, from which the page re-reads the text.
/// Files whose hash the build cache knows are not parsed again.
/// </summary>
public sealed class ReadArticlesModule : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        var files = site.Seeds.Files;
        context.Diagnostics.AddRange(site.Seeds.Diagnostics);
        var analysed = new AnalysedArticle?[files.Count];
        var shared = new SharedStrings();
        // A decoded article's tag findings and words stay encoded, decoded when read (most bags are not: SectionMemory).
        // A process that keeps the decoded articles for its next build (the dev server) decodes the findings, which its
        // every rebuild reads, and leaves only the words in the file (CacheFormat.DeserialiseAnalysed).
        var leaveEncoded = site.Options.CacheHandOff is null;
        // Where the findings of articles whose payload is in a file are gathered, next to each other, for the tag steps' reads.
        var tagsFile = leaveEncoded ? site.Cache.Articles.SpillFile : null;

        // The dev server's last rebuild cut each article to its summary: one the cache hands over as the same object is not cut again.
        var summaryLength = site.Settings.SummaryLength;
        var summarisedBefore = site.Cache.Summarised;
        var summarised = site.Options.CacheHandOff is null ? null : new SummarisedArticle?[files.Count];
        SummarisedArticle CutOnce(Article article, string relative) =>
            summarisedBefore?.GetValueOrDefault(relative) is { } before && ReferenceEquals(before.From, article) && before.Words == summaryLength
                ? before : new SummarisedArticle(article, summaryLength, ArticleSummary.Summarised(article, summaryLength));

        // Each thread copies the findings through a batch of its own, written a block at a time (PayloadBatch); the tag
        // steps read them only after every batch is written, once this loop is done.
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = context.Cancellation }, () => tagsFile is null ? null : new PayloadBatch(tagsFile), (i, _, batch) =>
        {
            var file = files[i];
            var (full, relative, stamp) = (file.FullPath, file.RelativePath, file.Stamp);
            AnalysedArticle result;
            try
            {
                // Shared as they are made or decoded, not in a pass after: so a dev server's next build reuses them
                // as they are (SourceFileCache.Decoded), and a word decoded from the cache is allocated once per build.
                result = site.Cache.Articles.Get(full, relative,
                    (bytes, hash) => shared.Share(AnalysedArticle.From(relative, bytes, hash, site.TagLexicon, site.Settings.Text.Repair)), stamp,
                    entry => WithListedPath(entry.ReadPayloadWith(entry, (bytes, e) => CacheFormat.DeserialiseAnalysed(bytes, shared, leaveEncoded, e.Spilled, batch)), relative));
            }
            catch (IOException e)
            {
                context.Diagnostics.Add(Diagnostic.Error(relative, $"could not be read: {e.Message}"));
                return batch;
            }
            context.Diagnostics.AddRange(result.Diagnostics);
            // Nothing past reading needs more of the lead than the summary: cut now, not after inference, where every
            // article's whole first paragraph was still live at the build's peak (133 MB at 100,000 articles).
            if (result.Article is { } article)
                result = result with { Article = summarised is null ? ArticleSummary.Summarised(article, summaryLength) : (summarised[i] = CutOnce(article, relative)).Article };
            analysed[i] = result;
            return batch;
        }, batch => batch?.Dispose());

        if (summarised is not null)
        {
            var kept = new Dictionary<string, SummarisedArticle>(files.Count, StringComparer.Ordinal);
            for (var i = 0; i < files.Count; i++)
                if (summarised[i] is { } s) kept[files[i].RelativePath] = s;
            site.Cache.Summarised = kept;
        }

        site.ForgetSeeds();
        var documents = new List<Document>(files.Count);
        foreach (var a in analysed)
            if (a?.Article is { } article)
                documents.Add(new Document(article.SourcePath)
                    .WithMetadata(DocumentKeys.Article, article)
                    .WithMetadata(DocumentKeys.Evidence, a.Evidence)
                    .WithMetadata(DocumentKeys.SourceHash, a.Hash));
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }

    /// <summary>
    /// <paramref name="analysed"/> with its article naming its file by the listing's string, which lives to the end of the
    /// build anyway, rather than the copy decoded from the cache (9 MB at 100,000 articles).
    /// </summary>
    private static AnalysedArticle WithListedPath(AnalysedArticle analysed, string relative) =>
        analysed.Article is { } article && article.SourcePath == relative && !ReferenceEquals(article.SourcePath, relative)
            ? analysed with { Article = article with { SourcePath = relative } }
            : analysed;

    /// <summary>The analysed seed file, from the build cache when its content is unchanged; its hash is the cache's key.</summary>
    public static SourceFileEntry Analyse(SiteContext site, SeedFiles.SeedFile file) =>
        site.Cache.Articles.Entry(file.FullPath, file.RelativePath, (bytes, hash) => AnalysedArticle.From(file.RelativePath, bytes, hash, site.TagLexicon, site.Settings.Text.Repair), file.Stamp);
}
