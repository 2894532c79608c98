using SiteGen.Articles;
using SiteGen.Engine;
using SiteGen.Site;

namespace SiteGen.Reading;

/// <summary>Reads every <c>*.txt</c> under <c>seeds/</c> in parallel into article documents; bad files become diagnostics.</summary>
public sealed class ReadArticlesModule : IModule
{
    public const string ArticleKey = "Article";
    public const string SeedsFolder = "seeds";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        var files = SeedFiles.List(site.Root, context.Diagnostics);
        var articles = new Article?[files.Count];

        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = context.Cancellation }, i =>
        {
            var (full, relative) = files[i];
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(full);
            }
            catch (IOException e)
            {
                context.Diagnostics.Add(Diagnostic.Error(relative, $"could not be read: {e.Message}"));
                return;
            }
            var parsed = SeedArticleParser.Parse(relative, bytes);
            context.Diagnostics.AddRange(parsed.Diagnostics);
            articles[i] = parsed.Article;
        });

        var documents = new List<Document>(files.Count);
        foreach (var a in articles)
            if (a is not null) documents.Add(new Document(a.SourcePath).WithMetadata(ArticleKey, a));
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }
}
