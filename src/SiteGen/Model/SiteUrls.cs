namespace SiteGen.Model;

/// <summary>
/// Turns site-relative paths (<c>/tag/rusia/</c>) into the links pages carry. Links are root-relative and include the
/// base URL's sub-path, so the same output works at <c>https://example.org/</c> and <c>https://example.org/arsip-berita/</c>;
/// canonical URLs, feeds and the sitemap use absolute URLs.
/// </summary>
public sealed class SiteUrls
{
    public SiteUrls(string baseUrl)
    {
        var uri = new Uri(baseUrl, UriKind.Absolute);
        BasePath = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
        Origin = uri.GetLeftPart(UriPartial.Authority);
    }

    /// <summary>The path part of the base URL, always starting and ending with '/'.</summary>
    public string BasePath { get; }
    /// <summary>Scheme and host, e.g. <c>https://example.org</c>.</summary>
    public string Origin { get; }

    /// <summary>A root-relative link for use inside pages.</summary>
    /// <remarks>
    /// At the root of a host the link is the site path itself, and the same string is returned rather than an equal
    /// copy: every article's summary carries its link, and a copy per article was 160 bytes each of a build's peak.
    /// </remarks>
    public string Link(string sitePath) =>
        BasePath == "/" && sitePath.StartsWith('/') && !sitePath.StartsWith("//", StringComparison.Ordinal) ? sitePath : BasePath + sitePath.TrimStart('/');

    public string Absolute(string sitePath) => Origin + Link(sitePath);

    /// <summary>The output file a folder URL is written to: <c>/tag/rusia/</c> becomes <c>tag/rusia/index.html</c>.</summary>
    /// <remarks>One string made, not a trimmed copy and then the file's path: every page's destination is made here on
    /// every build (8 MB a dev server rebuild at 10,000 articles went to the copies).</remarks>
    public static string FileFor(string sitePath)
    {
        var p = sitePath.AsSpan().TrimStart('/');
        if (p.Length == 0 || p[^1] == '/') return string.Concat(p, "index.html");
        return p.Length == sitePath.Length ? sitePath : p.ToString();
    }
}
