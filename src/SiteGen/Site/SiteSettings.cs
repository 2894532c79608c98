namespace SiteGen.Site;

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
    public int SummaryLength { get; init; } = 70;
    public string Author { get; init; } = "";
    /// <summary>Permalink of a dated article; tokens {yyyy} {MM} {dd} {slug} {section}.</summary>
    public string Permalink { get; init; } = "/{yyyy}/{MM}/{dd}/{slug}/";
    public string UndatedPermalink { get; init; } = "/artikel/{slug}/";
    public TagSettings Tags { get; init; } = new();
    public SegmentSettings Segments { get; init; } = new();
    public List<TaxonomySettings> Taxonomies { get; init; } = TaxonomySettings.Defaults();
    public DateArchiveSettings Archive { get; init; } = new();
    public FeedSettings Feeds { get; init; } = new();
    public SearchSettings Search { get; init; } = new();
    /// <summary>Free-form strings a theme reads (labels and the like), so a site can retitle things without a theme copy.</summary>
    public Dictionary<string, string> Strings { get; init; } = new(StringComparer.Ordinal);
}

public sealed record TagSettings
{
    public bool Enabled { get; init; } = true;
    public int Max { get; init; } = 5;
    public List<string> StopWords { get; init; } = [];
    /// <summary>Alias to canonical name, e.g. <c>Korut: Korea Utara</c>.</summary>
    public Dictionary<string, string> Aliases { get; init; } = new(StringComparer.Ordinal);
}

/// <summary>URL segment names, in the site's language.</summary>
public sealed record SegmentSettings
{
    public string Page { get; init; } = "halaman";
    public string Archive { get; init; } = "arsip";
    public string Undated { get; init; } = "tanpa-tanggal";
    public string Search { get; init; } = "cari";
}

/// <summary>One taxonomy: a metadata field turned into index pages at <c>/{path}/{term}/</c>.</summary>
public sealed record TaxonomySettings
{
    /// <summary>Key the theme knows the taxonomy by (also the template name <c>taxonomy</c>/<c>term</c> receive).</summary>
    public string Name { get; init; } = "";
    public string Path { get; init; } = "";
    /// <summary>Article field: tags, section, city or editor.</summary>
    public string Field { get; init; } = "";
    /// <summary>Heading of the index page, e.g. "Tag", "Rubrik".</summary>
    public string Title { get; init; } = "";
    public int? PageSize { get; init; }
    /// <summary>Whether each term also gets an Atom feed.</summary>
    public bool Feed { get; init; }
    /// <summary>How many of the most used terms the index page highlights (when it has more terms than that).</summary>
    public int Popular { get; init; } = 10;

    public static List<TaxonomySettings> Defaults() =>
    [
        new() { Name = "tag", Path = "tag", Field = "tags", Title = "Tag", Feed = true },
        new() { Name = "rubrik", Path = "rubrik", Field = "section", Title = "Rubrik" },
        new() { Name = "lokasi", Path = "lokasi", Field = "city", Title = "Lokasi" },
        new() { Name = "editor", Path = "editor", Field = "editor", Title = "Editor" },
    ];
}

/// <summary>The words of the date archive at <c>/{segments.archive}/</c>; its URL segments are in <see cref="SegmentSettings"/>.</summary>
public sealed record DateArchiveSettings
{
    /// <summary>Heading of the archive's index page and its breadcrumb.</summary>
    public string Title { get; init; } = "Arsip";
    /// <summary>Heading of the page listing articles without a date.</summary>
    public string UndatedTitle { get; init; } = "Tanpa tanggal";
}

public sealed record FeedSettings
{
    public int Size { get; init; } = 50;
}

public sealed record SearchSettings
{
    public bool Enabled { get; init; } = true;
    /// <summary>Heading of the search page.</summary>
    public string Title { get; init; } = "Cari berita";
}
