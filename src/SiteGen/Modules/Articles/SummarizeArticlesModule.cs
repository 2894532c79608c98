using SiteGen.Engine;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Site;

namespace SiteGen.Modules.Articles;

/// <summary>
/// Attaches the list view of each article once, in the Process phase, so every list page (home, tags, months)
/// shares the same escaped summary instead of rebuilding it.
/// </summary>
public sealed class SummarizeArticlesModule : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        var views = new ArticleViews(site.Settings, site.Urls, site.Dates, ArchiveInputs.TaxonomiesOf(inputs, site.Settings));
        var output = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, i =>
            output[i] = inputs[i].WithMetadata(DocumentKeys.Summary, views.Summary(inputs[i].Get<Article>(DocumentKeys.Article))));
        return Task.FromResult<IReadOnlyList<Document>>(output);
    }
}
