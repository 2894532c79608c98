using SiteGen.Model;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering;

/// <summary>
/// Adds the views templates print to a page's <see cref="Fingerprint"/>: every field a template can show, so a page
/// whose views changed is rendered again (see <see cref="Fingerprint"/> for why a needless change is harmless).
/// </summary>
public static class ViewFingerprints
{
    // One per thread, emptied for each summary: a summary's hash never asks for another's, so it is never in use twice.
    [ThreadStatic] private static Fingerprint? t_summary;

    public static Fingerprint Add(this Fingerprint f, LinkView? link)
    {
        if (link is null) return f.Add(-1);
        return f.Add(link.Text).Add(link.Url).Add(link.Count).Add(link.Current).Add(link.Highlight);
    }

    public static Fingerprint Add(this Fingerprint f, IReadOnlyList<LinkView>? links)
    {
        if (links is null) return f.Add(-1);
        f.Add(links.Count);
        foreach (var l in links) f.Add(l);
        return f;
    }

    /// <summary>A summary, by a hash computed once per summary: list pages share them by the thousand.</summary>
    public static Fingerprint Add(this Fingerprint f, ArticleSummaryView? summary)
    {
        if (summary is null) return f.Add(-1);
        return f.Add(summary.Fingerprint(Of));
    }

    public static Fingerprint Add(this Fingerprint f, IReadOnlyList<ArticleSummaryView> summaries)
    {
        f.Add(summaries.Count);
        foreach (var s in summaries) f.Add(s);
        return f;
    }

    public static Fingerprint Add(this Fingerprint f, PageMeta meta) => f.Add(meta.Kind).Add(meta.Title).Add(meta.Description).Add(meta.Canonical)
        .Add(meta.PrevUrl).Add(meta.NextUrl).Add(meta.FeedUrl).Add(meta.OgType).Add(meta.JsonLd).Add(meta.PublishedIso).Add(meta.Breadcrumbs);

    private static Hash128 Of(ArticleSummaryView s) =>
        (t_summary ??= new Fingerprint()).Reset().Add(s.Title).Add(s.Url).Add(s.Lead).Add(s.DateIso).Add(s.DateDisplay).Add(s.City).Add(s.Tags).Add(s.Section).Value;
}
