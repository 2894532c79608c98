namespace SiteGen.Formats;

/// <summary>
/// A page the sitemap lists. List pages carry one as document metadata (<c>DocumentKeys.SitemapEntry</c>), so the sitemap lists
/// exactly the pages that are written, with no second copy of the pagination rules.
/// </summary>
/// <param name="Path">Site path of the page, e.g. <c>/tag/rusia/halaman/2/</c>.</param>
/// <param name="LastModified">The newest article date the page depends on; null when it has none.</param>
public sealed record SitemapEntry(string Path, DateOnly? LastModified);
