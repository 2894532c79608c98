namespace SiteGen.Model;

/// <summary>The words of the date archive at <c>/{segments.archive}/</c>; its URL segments are in <see cref="SegmentSettings"/>.</summary>
public sealed record DateArchiveSettings
{
    /// <summary>Heading of the archive's index page and its breadcrumb.</summary>
    public string Title { get; init; } = "Arsip";
    /// <summary>Heading of the page listing articles without a date.</summary>
    public string UndatedTitle { get; init; } = "Tanpa tanggal";
}
