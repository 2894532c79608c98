namespace SiteGen.Checks;

/// <summary>
/// Resolves an href found on a page to a place in the output folder, the way a browser would once the site is
/// served at its base URL. Plain string work: a check of 10,000 pages resolves about a million hrefs, and
/// System.Uri would allocate and normalise far more than this needs.
/// </summary>
public sealed class LinkResolver
{
    private readonly string _authority;

    /// <param name="baseUrl">The site's absolute http(s) base URL; it may carry a sub-path (https://example.org/arsip/).</param>
    public LinkResolver(string baseUrl)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"The base URL '{baseUrl}' is not an absolute http(s) URL.", nameof(baseUrl));
        _authority = uri.Authority;
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        BasePath = path.EndsWith('/') ? path : path + "/";
    }

    /// <summary>The base URL's path, decoded, always starting and ending with '/': "/" or "/arsip/".</summary>
    public string BasePath { get; }

    /// <summary>
    /// Resolves <paramref name="href"/> as written on the document at <paramref name="documentPath"/> (relative to the
    /// output folder, e.g. "2024/01/02/x/index.html"). Only the document's folder matters for relative hrefs; a bare
    /// "#id", "?query" or empty href refers to the document itself.
    /// </summary>
    public ResolvedLink Resolve(string documentPath, string href)
    {
        var url = href.Trim(' ', '\t', '\n', '\r', '\f');

        // Fragment and query take no part in finding the file; cut them first so '?' or '#' inside them cannot confuse the path.
        string? fragment = null;
        var hash = url.IndexOf('#');
        if (hash >= 0)
        {
            fragment = Decode(url[(hash + 1)..]);
            url = url[..hash];
        }
        var query = url.IndexOf('?');
        if (query >= 0) url = url[..query];

        if (url.Length == 0) return new ResolvedLink(LinkTarget.Internal, documentPath, fragment);

        var colon = SchemeEnd(url);
        if (colon > 0)
        {
            var scheme = url.AsSpan(0, colon);
            var isHttp = scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase);
            var rest = url[(colon + 1)..];
            return isHttp && rest.StartsWith("//", StringComparison.Ordinal)
                ? FromNetworkPath(rest, fragment)
                : new ResolvedLink(LinkTarget.External, url, fragment);
        }
        if (url.StartsWith("//", StringComparison.Ordinal)) return FromNetworkPath(url, fragment);
        if (url[0] == '/') return FromRootPath(url, fragment, LinkTarget.OutsideBasePath);

        var folderEnd = documentPath.LastIndexOf('/') + 1;
        var joined = string.Concat(documentPath.AsSpan(0, folderEnd), url.AsSpan());
        return Normalized(Decode(joined), fragment);
    }

    /// <summary>"//host/path": ours only when the host is the base URL's and the path lies under its base path.</summary>
    private ResolvedLink FromNetworkPath(string networkPath, string? fragment)
    {
        var pathStart = networkPath.IndexOf('/', 2);
        var authority = pathStart < 0 ? networkPath.AsSpan(2) : networkPath.AsSpan(2, pathStart - 2);
        if (!IsSiteAuthority(authority)) return new ResolvedLink(LinkTarget.External, networkPath, fragment);
        var path = pathStart < 0 ? "/" : networkPath[pathStart..];
        // A full URL to the same host outside the archive is written on purpose (a link to the parent site), unlike
        // a root-relative path that forgot the base path, so it is left alone.
        return FromRootPath(path, fragment, LinkTarget.External);
    }

    private ResolvedLink FromRootPath(string rootPath, string? fragment, LinkTarget outsideBase)
    {
        var path = Decode(rootPath);
        if (path.StartsWith(BasePath, StringComparison.Ordinal)) return Normalized(path[BasePath.Length..], fragment);
        // "/arsip" names the site root as well as "/arsip/" does: hosts redirect one to the other.
        if (path.Length == BasePath.Length - 1 && BasePath.StartsWith(path, StringComparison.Ordinal))
            return new ResolvedLink(LinkTarget.Internal, "", fragment);
        return new ResolvedLink(outsideBase, path, fragment);
    }

    private bool IsSiteAuthority(ReadOnlySpan<char> authority)
    {
        if (authority.Equals(_authority, StringComparison.OrdinalIgnoreCase)) return true;
        // An explicit default port names the same host; Uri.Authority leaves default ports out.
        return (authority.EndsWith(":80") || authority.EndsWith(":443"))
            && authority[..authority.LastIndexOf(':')].Equals(_authority, StringComparison.OrdinalIgnoreCase);
    }

    private static ResolvedLink Normalized(string path, string? fragment) =>
        RemoveDotSegments(path) is { } normal
            ? new ResolvedLink(LinkTarget.Internal, normal, fragment)
            : new ResolvedLink(LinkTarget.OutsideOutput, path, fragment);

    /// <summary>Applies "." and ".." segments; null when ".." climbs above the output folder.</summary>
    internal static string? RemoveDotSegments(string path)
    {
        if (!HasDotSegment(path)) return path;
        var kept = new List<string>();
        var parts = path.Split('/');
        var endsInFolder = false;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var isLast = i == parts.Length - 1;
            if (part is "." or "..")
            {
                if (part == "..")
                {
                    if (kept.Count == 0) return null;
                    kept.RemoveAt(kept.Count - 1);
                }
                endsInFolder = isLast;
                continue;
            }
            kept.Add(part);
        }
        var joined = string.Join('/', kept);
        return endsInFolder && joined.Length > 0 ? joined + "/" : joined;
    }

    private static bool HasDotSegment(string path) =>
        path is "." or ".."
        || path.StartsWith("./", StringComparison.Ordinal) || path.StartsWith("../", StringComparison.Ordinal)
        || path.Contains("/./", StringComparison.Ordinal) || path.Contains("/../", StringComparison.Ordinal)
        || path.EndsWith("/.", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal);

    private static string Decode(string text) => text.Contains('%') ? Uri.UnescapeDataString(text) : text;

    /// <summary>Index of the ':' ending a URL scheme (letter, then letters, digits, '+', '-', '.'), or -1.</summary>
    private static int SchemeEnd(string url)
    {
        if (!char.IsAsciiLetter(url[0])) return -1;
        for (var i = 1; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':') return i;
            if (!char.IsAsciiLetterOrDigit(c) && c is not '+' and not '-' and not '.') return -1;
        }
        return -1;
    }
}
