using System.Text.RegularExpressions;

namespace SiteGen.Tests.Deploy;

/// <summary>
/// The path patterns of Netlify's header rules (<c>for = "/assets/*"</c>): <c>*</c> matches the rest of the path,
/// slashes included; <c>:name</c> matches one path segment; anything else matches itself.
/// </summary>
public sealed class NetlifyPathPattern
{
    private readonly Regex _regex;

    public NetlifyPathPattern(string pattern)
    {
        Pattern = pattern;
        var body = Regex.Replace(Regex.Escape(pattern), @"\\\*|:[A-Za-z_][A-Za-z0-9_]*", m => m.Value == @"\*" ? ".*" : "[^/]+");
        _regex = new Regex("^" + body + "$", RegexOptions.CultureInvariant);
    }

    public string Pattern { get; }

    public bool Matches(string path) => _regex.IsMatch(path);

    /// <summary>The URL paths a static host serves for a built site: every file, and each folder that has an index.html.</summary>
    public static IReadOnlyList<string> ServedPaths(string outputFolder)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(outputFolder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(outputFolder, file).Replace('\\', '/');
            paths.Add("/" + relative);
            if (relative == "index.html") paths.Add("/");
            else if (relative.EndsWith("/index.html", StringComparison.Ordinal)) paths.Add("/" + relative[..^"index.html".Length]);
        }
        return paths.ToList();
    }
}
