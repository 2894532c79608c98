namespace SiteGen.Model;

/// <summary>
/// Everything <c>input/site.yml</c> can say. Every default here is what a site without that key gets;
/// user-facing words (titles, labels) belong in site.yml or the theme, never in code.
/// </summary>
public sealed record SiteSettings
{
    public string Title { get; init; } = "Arsip Berita";
    public string Description { get; init; } = "";
    /// <summary>Absolute base URL, always ending in '/'. May carry a sub-path (https://example.org/arsip-berita/).</summary>
    public string BaseUrl { get; init; } = "http://localhost/";
    public string Language { get; init; } = "id";
    /// <summary>The culture whose calendar names dates are written with (day and month names).</summary>
    public string Locale { get; init; } = "id-ID";
    /// <summary>How dates are written on pages, in the culture of <see cref="Locale"/>.</summary>
    public string DateFormat { get; init; } = "dddd, d MMMM yyyy";
    public int PageSize { get; init; } = 20;
    /// <summary>Words of an article's lead shown in lists, feeds and descriptions (Hugo's <c>summaryLength</c>).</summary>
    public int SummaryLength { get; init; } = 30;
    public string Author { get; init; } = "";
    /// <summary>Permalink of a dated article; tokens {yyyy} {MM} {dd} {slug} {section}.</summary>
    public string Permalink { get; init; } = "/{yyyy}/{MM}/{dd}/{slug}/";
    public string UndatedPermalink { get; init; } = "/artikel/{slug}/";
    public TagSettings Tags { get; init; } = new();
    public DateSettings Dates { get; init; } = new();
    public SectionSettings Sections { get; init; } = new();
    public SegmentSettings Segments { get; init; } = new();
    public List<TaxonomySettings> Taxonomies { get; init; } = TaxonomySettings.Defaults();
    public DateArchiveSettings Archive { get; init; } = new();
    public FeedSettings Feeds { get; init; } = new();
    public SearchSettings Search { get; init; } = new();
    public TextSettings Text { get; init; } = new();
    /// <summary>Free-form strings a theme reads (labels and the like), so a site can retitle things without a theme copy.</summary>
    public Dictionary<string, string> Strings { get; init; } = new(StringComparer.Ordinal);
}
