using SiteGen.Engine;
using SiteGen.Model;

namespace SiteGen.Reading;

/// <summary>
/// Finds the article files of a site, in ordinal order, refusing links that lead out of the site.
/// </summary>
/// <remarks>
/// The folders are walked one at a time rather than with a recursive enumeration, because .NET's recursion follows
/// a link to a folder without asking where it leads: <c>seeds/old -&gt; /home/someone</c> would publish every
/// <c>*.txt</c> under that home folder. Here each link, to a file or a folder, is resolved and refused when its target
/// is outside the site; a linked folder is then walked at its real place, so a relative link inside it resolves as the
/// file system resolves it. A folder reached twice (a link back to a parent) is read once.
/// </remarks>
public static class SeedFiles
{
    /// <summary>The folder of the site root that holds the articles.</summary>
    public const string Folder = "seeds";

    /// <summary>
    /// A seed file: its path in the site, its stamp when listing saw it (null for a link), and where it really is:
    /// <paramref name="Target"/> when that is not the site's folder joined with the path (a link, or a file in a linked
    /// folder), else null.
    /// </summary>
    /// <remarks>
    /// The listing lives for the whole build, and a full path per file was a string of its own (13 MB at 100,000
    /// articles) that is needed once, when the file is read.
    /// </remarks>
    public readonly record struct SeedFile(string SiteRoot, string RelativePath, FileStamp? Stamp, string? Target = null)
    {
        public string FullPath => Target ?? Path.Join(SiteRoot, RelativePath);
    }

    public static IReadOnlyList<SeedFile> List(string root, DiagnosticBag diagnostics)
    {
        var rootFull = Path.GetFullPath(root);
        var seeds = Path.Combine(rootFull, Folder);
        if (!Directory.Exists(seeds)) return [];

        var options = new EnumerationOptions { AttributesToSkip = FileAttributes.None, IgnoreInaccessible = true };
        var result = new List<SeedFile>();
        var found = new List<(FileInfo File, string Relative, bool InPlace)>(Batch);
        var walked = new HashSet<string>(StringComparer.Ordinal);
        var folders = new Stack<(string Physical, string Relative)>();
        folders.Push((seeds, Folder));
        while (folders.TryPop(out var folder))
        {
            if (!walked.Add(Path.TrimEndingDirectorySeparator(folder.Physical)))
            {
                diagnostics.Add(Diagnostic.Warning(folder.Relative, "is a link to a folder that is already read; skipped"));
                continue;
            }
            var directory = new DirectoryInfo(folder.Physical);
            var inPlace = folder.Physical == Path.Join(rootFull, folder.Relative);
            foreach (var sub in directory.EnumerateDirectories("*", options))
            {
                var relative = folder.Relative + "/" + sub.Name;
                if (Target(rootFull, sub, relative, "folder", diagnostics) is { } physical) folders.Push((physical, relative));
            }
            foreach (var file in directory.EnumerateFiles("*.txt", options))
            {
                found.Add((file, folder.Relative + "/" + file.Name, inPlace));
                if (found.Count == Batch) AddFound(rootFull, found, result, diagnostics);
            }
        }
        AddFound(rootFull, found, result, diagnostics);
        result.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return result;
    }

    // Files found but not yet looked at: enough to keep every core busy, few enough not to hold a million at once.
    private const int Batch = 4096;

    /// <summary>Adds the <paramref name="found"/> files to <paramref name="result"/> with their stamps, and empties the batch.</summary>
    private static void AddFound(string rootFull, List<(FileInfo File, string Relative, bool InPlace)> found, List<SeedFile> result, DiagnosticBag diagnostics)
    {
        // A plain file (most of them) is its own target: one stat gives that and its stamp, with no readlink. The stats,
        // one a file and nothing else to do until they are known, run on every core: the listing stands at the start
        // of every build, and of every reload in the dev server (60-70 ms of one core at 10,000 articles).
        var stamps = new FileStamp?[found.Count];
        Parallel.For(0, found.Count, i =>
        {
            var file = found[i].File;
            if ((file.Attributes & FileAttributes.ReparsePoint) == 0) stamps[i] = new FileStamp(file.Length, file.LastWriteTimeUtc.Ticks);
        });
        for (var i = 0; i < found.Count; i++)
        {
            var (file, relative, inPlace) = found[i];
            if (stamps[i] is { } stamp) result.Add(new SeedFile(rootFull, relative, stamp, inPlace ? null : file.FullName));
            else if (Target(rootFull, file, relative, "file", diagnostics) is { } physical) result.Add(new SeedFile(rootFull, relative, null, physical));
        }
        found.Clear();
    }

    /// <summary>Where an entry really is: itself, or the final target of a link inside the site; null (reported) otherwise.</summary>
    private static string? Target(string rootFull, FileSystemInfo entry, string relative, string kind, DiagnosticBag diagnostics)
    {
        if (entry.LinkTarget is null) return entry.FullName;
        string? target;
        try
        {
            target = entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (IOException e)
        {
            // A loop of links, or one the system refuses to follow.
            diagnostics.Add(Diagnostic.Error(relative, $"is a link that cannot be followed ({e.Message}); skipped"));
            return null;
        }
        if (target is not null && target.StartsWith(rootFull + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return target;
        diagnostics.Add(Diagnostic.Error(relative, $"is a link to a {kind} outside the site; skipped"));
        return null;
    }
}
