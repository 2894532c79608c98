using SiteGen.Archive;
using SiteGen.Articles;
using SiteGen.Rendering.Views;
using SiteGen.Site;

namespace SiteGen.Rendering;

/// <summary>Builds the escaped, link-resolved views of articles that templates print.</summary>
public sealed class ArticleViews(SiteContext site)
{
    public ArticleSummaryView Summary(Article a) => new(
        Html.Escape(a.Title),
        site.Urls.Link(a.Url),
        Html.Escape(a.Lead),
        a.Date is { } d ? DateDisplay.Iso(d) : "",
        a.Date is { } d2 ? Html.Escape(site.Dates.Long(d2)) : "",
        Html.Escape(a.City),
        TermLinks(a, "tags"));

    public ArticleView Full(Article a, ArticleSummaryView? previous, ArticleSummaryView? next, IReadOnlyList<ArticleSummaryView> related) => new()
    {
        Title = Html.Escape(a.Title),
        Url = site.Urls.Link(a.Url),
        Lead = Html.Escape(a.Lead),
        Paragraphs = a.Paragraphs.Select(Html.Escape).ToList(),
        DateIso = a.Date is { } d ? DateDisplay.Iso(d) : "",
        DateDisplay = a.Date is { } d2 ? Html.Escape(site.Dates.Long(d2)) : "",
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

    /// <summary>Links to the term pages of the first taxonomy that uses <paramref name="field"/>; plain text when none does.</summary>
    private IReadOnlyList<LinkView> TermLinks(Article a, string field)
    {
        var values = Taxonomy.ValuesOf(a, field);
        if (values.Count == 0) return [];
        var taxonomy = site.Settings.Taxonomies.FirstOrDefault(t => t.Field == field);
        var links = new List<LinkView>(values.Count);
        foreach (var v in values)
        {
            var url = taxonomy is null ? "" : site.Urls.Link(Taxonomy.TermPath(taxonomy, v));
            links.Add(new LinkView(Html.Escape(v), url));
        }
        return links;
    }
}
