using SiteGen.Archive;
using SiteGen.Engine;
using SiteGen.Incremental;
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
/// In the dev server (a build whose cache is handed to the next), the last rebuild's view of an article stands when it
/// is certain to show the same: made from the same record, with the same settings and the same terms to link to
/// (<see cref="KeyOf"/>); else when the view made again shows the same (<see cref="ArticleSummaryView.SameAs"/>). After
/// one edit nearly every summary is unchanged, and the old one is already in the oldest generation with its
/// fingerprint worked out (<see cref="ViewFingerprints"/>), where a new one was made, carried through the rebuild by the
/// collector and hashed again by every page that lists it.
/// </remarks>
public sealed class SummarizeArticlesModule : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        var taxonomies = ArchiveInputs.TaxonomiesOf(inputs, site.Settings);
        var views = new ArticleViews(site.Settings, site.Urls, site.Dates, taxonomies);
        var kept = site.Options.CacheHandOff is null ? null : new KeptSummary[inputs.Count];
        var key = kept is null ? default : KeyOf(site.Settings, taxonomies);
        var previous = site.Cache.Summaries;
        var sameKey = previous is { } p && p.Key == key;
        var output = new Document[inputs.Count];
        KeptSummary KeptOrMade(Article article)
        {
            var before = previous?.Views.GetValueOrDefault(article.SourcePath);
            if (before is not null && sameKey && ReferenceEquals(before.From, article)) return before;
            var view = views.Summary(article);
            return new KeptSummary(article, before is not null && before.View.SameAs(view) ? before.View : view);
        }
        Parallel.For(0, inputs.Count, i =>
        {
            var article = inputs[i].Get<Article>(DocumentKeys.Article);
            output[i] = inputs[i].WithMetadata(DocumentKeys.Summary, kept is null ? views.Summary(article) : (kept[i] = KeptOrMade(article)).View);
        });
        if (kept is not null)
        {
            var byPath = new Dictionary<string, KeptSummary>(kept.Length, StringComparer.Ordinal);
            foreach (var summary in kept) byPath[summary.From.SourcePath] = summary;
            site.Cache.Summaries = (key, byPath);
        }
        return Task.FromResult<IReadOnlyList<Document>>(output);
    }

    /// <summary>
    /// What a summary view is made of besides its article: the settings it is printed with (summary length, base URL,
    /// date language and format) and every term it may link to (<see cref="SiteTaxonomies.TermsFingerprint"/>).
    /// </summary>
    internal static Hash128 KeyOf(SiteSettings settings, SiteTaxonomies taxonomies) =>
        new Fingerprint().Add(settings.SummaryLength).Add(settings.BaseUrl).Add(settings.Locale).Add(settings.DateFormat).Add(taxonomies.TermsFingerprint).Value;
}
