using SiteGen.Archive;
using SiteGen.Model;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering;

/// <summary>
/// Builds the escaped, link-resolved views of articles that templates print. Term links go through the taxonomy
/// index, so they carry each term's one name and its collision-free slug.
/// </summary>
public sealed class ArticleViews(SiteSettings settings, SiteUrls urls, DateDisplay dates, SiteTaxonomies taxonomies)
{
    /// <summary>
    /// One link per term, shared by every article that names it: summaries live for the whole build, and a popular tag
    /// is named by thousands of them (each link was a view and a URL string of its own, ~40,000 at 10,000 articles).
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Term, LinkView> _termLinks = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// A date's two printed forms, once per day: an archive has a few thousand days, and a summary per article held its
    /// own two strings (about 100 bytes) from inference to the end of the build.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, (string Iso, string Display)> _dates = new();

    public ArticleSummaryView Summary(Article a)
    {
        var (iso, display) = a.Date is { } d ? _dates.GetOrAdd(d, day => (DateDisplay.Iso(day), Html.Escape(dates.Long(day)))) : ("", "");
        var summary = ArticleSummary.Of(a, settings.SummaryLength);
        var lead = Html.Escape(summary);
        // The article's own bytes when it holds the summary and escaping changed nothing, not a second copy.
        var held = ReferenceEquals(lead, summary) && a.FrontMatter.Description is null && !a.SummaryText.IsNull ? a.SummaryText : Utf8Text.From(lead);
        var title = a.Title;
        var escapedTitle = Html.Escape(title);
        return new(
            ReferenceEquals(escapedTitle, title) ? a.TitleText : Utf8Text.From(escapedTitle),
            urls.Link(a.Url),
            held,
            iso,
            display,
            Html.Escape(a.City),
            TermLinks(a, "tags"),
            TermLinks(a, "section").FirstOrDefault());
    }

    public ArticleView Full(Article a, ArticleSummaryView? previous, ArticleSummaryView? next, IReadOnlyList<ArticleSummaryView> related) => new()
    {
        Title = Html.Escape(a.Title),
        Url = urls.Link(a.Url),
        Lead = Html.Escape(ArticleSummary.Of(a, settings.SummaryLength)),
        Paragraphs = a.Paragraphs.Select(Html.Escape).ToList(),
        DateIso = a.Date is { } d ? DateDisplay.Iso(d) : "",
        DateDisplay = a.Date is { } d2 ? Html.Escape(dates.Long(d2)) : "",
        Source = Html.Escape(a.Source),
        WordCount = a.WordCount,
        ReadingMinutes = a.ReadingMinutes,
        City = TermLinks(a, "city").FirstOrDefault(),
        Editor = TermLinks(a, "editor").FirstOrDefault(),
        Section = TermLinks(a, "section").FirstOrDefault(),
        Tags = TermLinks(a, "tags"),
        Previous = previous,
        Next = next,
        Related = related,
    };

    /// <summary>
    /// Links to the term pages of the first taxonomy that uses <paramref name="field"/>, one per term however often the
    /// article names it; plain text (no URL) when no taxonomy uses the field.
    /// </summary>
    private IReadOnlyList<LinkView> TermLinks(Article a, string field)
    {
        var values = Taxonomy.ValuesOf(a, field);
        if (values.Count == 0) return [];
        var index = taxonomies.ForField(field);
        var links = new List<LinkView>(values.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in values)
        {
            if (index?.Find(v) is { } term)
            {
                if (seen.Add(term.Path)) links.Add(_termLinks.GetOrAdd(term, t => new LinkView(Html.Escape(t.Name), urls.Link(t.Path))));
            }
            else if (v.Trim() is { Length: > 0 } text && seen.Add(Taxonomy.Fold(text)))
                links.Add(new LinkView(Html.Escape(text), ""));
        }
        return links.ToArray();
    }
}
