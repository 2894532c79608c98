using SiteGen.Engine;
using SiteGen.Incremental;
using SiteGen.Inference;
using SiteGen.Model;
using SiteGen.Reading;
using SiteGen.Site;

namespace SiteGen.Modules.Articles;

/// <summary>
/// Gives every article its date, tags, section and URL, leaves out drafts and future articles unless asked and
/// articles with a title and no body unless their front matter says <c>draft: false</c>,
/// and orders the archive newest first (undated last, ties by source path so order never depends on the file system).
/// Works from the evidence the reader took from each text (<see cref="ArticleEvidence"/>), which it drops: past this
/// step an article document carries only its small record.
/// </summary>
public sealed class InferMetadataModule : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        // A title-only article is left out before inference, so that it neither takes a URL from a published
        // article nor draws date warnings or teaches date habits for a page that is never made.
        var published = new List<Document>(inputs.Count);
        foreach (var input in inputs)
        {
            var a = input.Get<Article>(DocumentKeys.Article);
            if (!a.Blank || a.FrontMatter.Draft == false) published.Add(input);
        }
        inputs = published;
        var articles = new Article[inputs.Count];
        var evidence = new ArticleEvidence[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            articles[i] = inputs[i].Get<Article>(DocumentKeys.Article);
            evidence[i] = inputs[i].GetOrDefault<ArticleEvidence>(DocumentKeys.Evidence) ?? ArticleEvidence.None;
        }
        var seedNames = articles.Select(a => a.SourcePath[(SeedFiles.Folder.Length + 1)..]).ToHashSet(StringComparer.Ordinal);
        var table = MetadataTable.Load(site.Root, seedNames, context.Diagnostics);
        // Each article's words are a function of its file's path and bytes (under the analysis key the cache is kept by):
        // what a remembered section guess is keyed by.
        var wordKeys = new Hash128[inputs.Count];
        var key = new Fingerprint(); // one for all: a new one each is a hasher and its buffer an article, every build
        for (var i = 0; i < inputs.Count; i++)
            wordKeys[i] = inputs[i].GetOrDefault<ContentHash?>(DocumentKeys.SourceHash) is { } hash
                ? key.Reset().Add(articles[i].SourcePath).Add(hash.Value).Value : default;
        var inferred = MetadataInference.Apply(articles, evidence, site.Settings, context.Diagnostics, table, site.TagReport,
            (site.Cache.Sections, wordKeys), memory => site.Cache.Sections = memory, site.Cache.Tags, memory => site.Cache.Tags = memory,
            corpusStepsDone: () => context.StepDone?.Invoke(this));

        var reused = KeepUnchanged(site, articles, inferred);
        var kept = new List<(Article Article, Document Source)>(inferred.Count);
        for (var i = 0; i < inferred.Count; i++)
        {
            var a = reused[i];
            if (a.Draft && !site.Options.Drafts) continue;
            if (!site.Options.Future && site.Options.Clock is { } today && a.Date > today) continue;
            kept.Add((ArticleSummary.Summarised(a, site.Settings.SummaryLength), inputs[i]));
        }
        kept.Sort((x, y) => ArchiveOrder.NewestFirst(x.Article, y.Article));

        var documents = new Document[kept.Count];
        for (var i = 0; i < kept.Count; i++)
        {
            var (article, source) = kept[i];
            documents[i] = source with
            {
                Metadata = source.Metadata.Remove(DocumentKeys.Evidence).SetItem(DocumentKeys.Article, article),
            };
        }
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }

    /// <summary>
    /// In the dev server, each article inference gave back as it did in the last rebuild is the record made then: after one
    /// edit nearly all of them, and a new copy of each was carried through the rebuild by the collector. Elsewhere the
    /// articles as they are.
    /// </summary>
    private static IReadOnlyList<Article> KeepUnchanged(SiteContext site, IReadOnlyList<Article> given, IReadOnlyList<Article> inferred)
    {
        if (site.Options.CacheHandOff is null) return inferred;
        var before = site.Cache.Inferred;
        var result = new Article[inferred.Count];
        var kept = new Dictionary<string, InferredArticle>(inferred.Count, StringComparer.Ordinal);
        for (var i = 0; i < inferred.Count; i++)
        {
            var pair = before?.GetValueOrDefault(given[i].SourcePath) is { } last && ReferenceEquals(last.From, given[i]) && last.Article.SameAs(inferred[i])
                ? last : new InferredArticle(given[i], inferred[i]);
            result[i] = pair.Article;
            kept[given[i].SourcePath] = pair;
        }
        site.Cache.Inferred = kept;
        return result;
    }
}
