namespace SiteGen.Rendering;

/// <summary>Keeps template and asset names inside the theme: no absolute paths, no <c>..</c>, forward slashes only.</summary>
public static class ThemePaths
{
    public static string Normalize(string path)
    {
        var p = path.Replace('\\', '/').Trim();
        if (p.Length == 0 || p.StartsWith('/') || p.Contains(':') || p.Contains('\0'))
            throw new ThemePathException(path);
        // Checked on every include of every page, so the segments are looked at in place, not split into strings.
        foreach (var range in p.AsSpan().Split('/'))
            if (p.AsSpan(range) is ".." or ".") throw new ThemePathException(path);
        return p;
    }
}

public sealed class ThemePathException(string path) : Exception($"'{path}' is not a path inside the theme");
