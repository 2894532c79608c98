using SiteGen.Archive;
using SiteGen.Articles;
using SiteGen.Engine;
using SiteGen.Reading;
using SiteGen.Site;

namespace SiteGen.Inference;

/// <summary>
/// Gives every article its date, tags, section and URL, leaves out drafts and future articles unless asked,
/// and orders the archive newest first (undated last, ties by source path so order never depends on the file system).
/// </summary>
public sealed class InferMetadataModule : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        var articles = inputs.Select(d => d.Get<Article>(ReadArticlesModule.ArticleKey)).ToList();
        var seedNames = articles.Select(a => a.SourcePath[(ReadArticlesModule.SeedsFolder.Length + 1)..]).ToHashSet(StringComparer.Ordinal);
        var table = MetadataTable.Load(site.Root, seedNames, context.Diagnostics);
        var inferred = MetadataInference.Apply(articles, site.Settings, context.Diagnostics, table);

        var kept = new List<Article>(inferred.Count);
        foreach (var a in inferred)
        {
            if (a.Draft && !site.Options.Drafts) continue;
            if (!site.Options.Future && site.Options.Clock is { } today && a.Date > today) continue;
            kept.Add(a);
        }
        kept.Sort(ArchiveOrder.NewestFirst);

        IReadOnlyList<Document> documents = kept.Select(a => new Document(a.SourcePath).WithMetadata(ReadArticlesModule.ArticleKey, a)).ToList();
        return Task.FromResult(documents);
    }
}
