namespace SiteGen.Rendering;

/// <summary>
/// Which link targets a page may carry. A <c>javascript:</c> or <c>data:</c> URL in an <c>href</c> or <c>src</c> is
/// script or a document of its own, so only relative links and the schemes of ordinary links are allowed.
/// </summary>
public static class LinkSafety
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel", "ftp"];

    /// <summary>
    /// True for a relative link (<c>/tag/x/</c>, <c>#isi</c>, <c>../a</c>) or one with an allowed scheme. The scheme is
    /// read as a browser reads it: tabs and line breaks inside it are ignored and control characters or spaces around
    /// it are trimmed, so <c>java&amp;#9;script:</c> is still <c>javascript:</c>. A colon before any <c>/</c>,
    /// <c>?</c> or <c>#</c> counts as a scheme even when a browser might read a path, which errs on the safe side.
    /// </summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url)) return true;
        Span<char> scheme = stackalloc char[16];
        var length = 0;
        var started = false;
        foreach (var c in url)
        {
            if (c is '\t' or '\n' or '\r') continue;
            if (!started && c <= ' ') continue;
            started = true;
            if (c is '/' or '?' or '#') return true;
            if (c == ':')
            {
                foreach (var allowed in AllowedSchemes)
                    if (scheme[..length].Equals(allowed, StringComparison.OrdinalIgnoreCase)) return true;
                return false;
            }
            if (length == scheme.Length) return true; // no scheme that runs script is this long: a path, however odd
            scheme[length++] = c;
        }
        return true;
    }
}
