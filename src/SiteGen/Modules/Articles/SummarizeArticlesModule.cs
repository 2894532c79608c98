using SiteGen.Engine;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Rendering.Views;
using SiteGen.Site;

namespace SiteGen.Modules.Articles;

/// <summary>
/// Attaches the list view of each article once, in the Process phase, so every list page (home, tags, months)
/// shares the same escaped summary instead of rebuilding it.
/// </summary>
/// <remarks>
/// In the dev server (a build whose cache is handed to the next), a view that shows what the last rebuild's view of the
/// same article showed is that view: after one edit nearly every summary is unchanged, and the old one is already
/// in the oldest generation with its fingerprint worked out (<see cref="ViewFingerprints"/>), where a new one would be
/// copied by the collector through the rebuild and hashed again by every page that lists it.
/// </remarks>
public sealed class SummarizeArticlesModule : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        var views = new ArticleViews(site.Settings, site.Urls, site.Dates, ArchiveInputs.TaxonomiesOf(inputs, site.Settings));
        var previous = site.Cache.Summaries;
        var keep = site.Options.CacheHandOff is not null;
        var output = new Document[inputs.Count];
        var summaries = keep ? new ArticleSummaryView[inputs.Count] : null;
        Parallel.For(0, inputs.Count, i =>
        {
            var article = inputs[i].Get<Article>(DocumentKeys.Article);
            var summary = views.Summary(article);
            if (previous is not null && previous.TryGetValue(article.SourcePath, out var before) && before.SameAs(summary)) summary = before;
            if (summaries is not null) summaries[i] = summary;
            output[i] = inputs[i].WithMetadata(DocumentKeys.Summary, summary);
        });
        if (summaries is not null)
        {
            var kept = new Dictionary<string, ArticleSummaryView>(summaries.Length, StringComparer.Ordinal);
            for (var i = 0; i < summaries.Length; i++) kept[inputs[i].Get<Article>(DocumentKeys.Article).SourcePath] = summaries[i];
            site.Cache.Summaries = kept;
        }
        return Task.FromResult<IReadOnlyList<Document>>(output);
    }
}
