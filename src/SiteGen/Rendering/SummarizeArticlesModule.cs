using SiteGen.Archive;
using SiteGen.Articles;
using SiteGen.Engine;
using SiteGen.Reading;
using SiteGen.Site;

namespace SiteGen.Rendering;

/// <summary>
/// Attaches the list view of each article once, in the Process phase, so every list page (home, tags, months)
/// shares the same escaped summary instead of rebuilding it.
/// </summary>
public sealed class SummarizeArticlesModule : IModule
{
    public const string SummaryKey = "Summary";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        var views = new ArticleViews(site, ArchiveInputs.TaxonomiesOf(inputs, site.Settings));
        var output = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, i =>
            output[i] = inputs[i].WithMetadata(SummaryKey, views.Summary(inputs[i].Get<Article>(ReadArticlesModule.ArticleKey))));
        return Task.FromResult<IReadOnlyList<Document>>(output);
    }
}
