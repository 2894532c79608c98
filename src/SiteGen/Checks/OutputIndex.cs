using System.Collections.Frozen;

namespace SiteGen.Checks;

/// <summary>
/// The files a build wrote, as paths relative to the output folder with forward slashes, and for each parsed
/// HTML page the names a '#fragment' can reach. Comparison is ordinal: the hosts an archive is deployed to
/// serve paths case-sensitively.
/// </summary>
public sealed class OutputIndex
{
    // A plain hash set: it is built once per build for thousands of files and asked about each distinct link once,
    // so building a frozen set (which studies its keys to hash them faster) costs more than it saves.
    private readonly HashSet<string> _files;
    private readonly FrozenDictionary<string, IReadOnlySet<string>> _fragmentTargets;

    /// <param name="files">Every written file, e.g. "tag/x/index.html", "feed.xml".</param>
    /// <param name="fragmentTargetsByPage">Ids (and a[name]) per page; a page missing here has its fragments accepted unchecked.</param>
    public OutputIndex(IEnumerable<string> files, IReadOnlyDictionary<string, IReadOnlySet<string>>? fragmentTargetsByPage = null)
    {
        _files = new HashSet<string>(files, StringComparer.Ordinal);
        _fragmentTargets = (fragmentTargetsByPage ?? new Dictionary<string, IReadOnlySet<string>>()).ToFrozenDictionary(StringComparer.Ordinal);
    }

    public int FileCount => _files.Count;

    public bool Contains(string file) => _files.Contains(file);

    /// <summary>
    /// The file a site path is served from: a folder URL ("tag/x/", or "" for the root) by its index.html; a path
    /// without a trailing slash by that file, or else by its folder's index.html, as static hosts redirect
    /// "/tag/x" to "/tag/x/". Null when nothing in the output serves it.
    /// </summary>
    public string? FindFile(string sitePath)
    {
        if (sitePath.Length == 0 || sitePath.EndsWith('/'))
        {
            var index = sitePath + "index.html";
            return _files.Contains(index) ? index : null;
        }
        if (_files.Contains(sitePath)) return sitePath;
        var folderIndex = sitePath + "/index.html";
        return _files.Contains(folderIndex) ? folderIndex : null;
    }

    /// <summary>The ids and anchor names of a parsed page; false for non-HTML files and pages not parsed.</summary>
    public bool TryGetFragmentTargets(string file, out IReadOnlySet<string> targets)
    {
        if (_fragmentTargets.TryGetValue(file, out var found))
        {
            targets = found;
            return true;
        }
        targets = FrozenSet<string>.Empty;
        return false;
    }

    /// <summary>Every file under <paramref name="outputDir"/>, dotfiles included, relative with forward slashes, sorted.</summary>
    public static IReadOnlyList<string> ListFiles(string outputDir)
    {
        var root = Path.GetFullPath(outputDir);
        var prefixLength = root.EndsWith(Path.DirectorySeparatorChar) ? root.Length : root.Length + 1;
        // The default skips Hidden, which on Unix means every dotfile (.well-known/, .nojekyll): those are served too.
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var files = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*", options))
        {
            var relative = file[prefixLength..];
            files.Add(Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/'));
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    internal static bool IsHtml(string file) =>
        file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
}
