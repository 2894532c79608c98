namespace SiteGen.Model;

/// <summary>URL segment names, in the site's language.</summary>
public sealed record SegmentSettings
{
    public string Page { get; init; } = "halaman";
    public string Archive { get; init; } = "arsip";
    public string Undated { get; init; } = "tanpa-tanggal";
    public string Search { get; init; } = "cari";
    /// <summary>The letter pages of a large taxonomy's index: <c>/tag/huruf/a/</c>.</summary>
    public string Letter { get; init; } = "huruf";
}
