using SiteGen.Engine;
using SiteGen.Model;
using SiteGen.Pipelines;
using SiteGen.Rendering;
using SiteGen.Site;

namespace SiteGen.Build;

/// <summary>What the archive would contain, without rendering or writing anything: the articles after reading and inference.</summary>
/// <param name="Blank">Articles read but left out of the site for having a title and no body (as read, not inferred).</param>
/// <param name="Tags">Each inferred tag's aliases, and why each article got its tags when <see cref="BuildOptions.ExplainTags"/> was set.</param>
public sealed record Catalog(IReadOnlyList<Article> Articles, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Article> Blank, Inference.TagReport Tags);

/// <summary>Runs the input and process phases of the articles pipeline only. Used by <c>sitegen list</c> and the dev server.</summary>
public static class SiteCatalog
{
    public static async Task<Catalog> LoadAsync(BuildOptions options, CancellationToken cancellation = default)
    {
        var root = Path.GetFullPath(options.Root);
        if (!Directory.Exists(root))
            throw new ConfigurationException(Diagnostic.Error("--root", $"the site folder '{root}' does not exist; pass --root with the folder that holds seeds/ and input/, or make a new site with 'sitegen new DIR'"));
        var settings = SiteSettingsLoader.Load(root, options.BaseUrl);
        var site = new SiteContext(root, options, settings, new Theme([]), writer: null);
        var diagnostics = new DiagnosticBag();
        var context = new PipelineContext(diagnostics, new Dictionary<Type, object> { [typeof(SiteContext)] = site }, cancellation);

        var full = new ArticlesPipeline();
        var readOnly = new Pipeline(full.Name);
        readOnly.Input.AddRange(full.Input);
        IReadOnlyList<Document> read = [];
        readOnly.Process.Add(new DelegateModule((documents, _) => Task.FromResult(read = documents)));
        readOnly.Process.AddRange(full.Process);
        var results = await new PipelineEngine([readOnly]).RunAsync(context).ConfigureAwait(false);

        var articles = results[full.Name].Select(d => d.Get<Article>(DocumentKeys.Article)).ToList();
        var kept = articles.Select(a => a.SourcePath).ToHashSet(StringComparer.Ordinal);
        var blank = read.Select(d => d.Get<Article>(DocumentKeys.Article)).Where(a => a.Blank && !kept.Contains(a.SourcePath))
            .OrderBy(a => a.SourcePath, StringComparer.Ordinal).ToList();
        return new Catalog(articles, diagnostics.Sorted(), blank, site.TagReport);
    }
}
