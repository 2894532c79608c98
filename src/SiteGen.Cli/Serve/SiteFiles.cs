namespace SiteGen.Cli.Serve;

/// <summary>
/// Finds the file a <see cref="SafePath"/> names inside the served folder. Besides the checks <see cref="SafePath"/>
/// made on the text of the path, the real path of the file (every symbolic link on the way resolved) must lie inside
/// the real path of the folder, so a link placed in the output cannot serve <c>/etc/passwd</c>.
/// </summary>
public sealed class SiteFiles(string folder)
{
    private const int MaxLinkHops = 40;

    public string Folder { get; } = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);

    /// <summary>
    /// Looks the path up and opens the file. Never throws for files that vanish or folders that move meanwhile (a build
    /// swapping the output): those are <see cref="SiteFileLookup.Missing"/>, and the caller decides whether to look again.
    /// </summary>
    public SiteFileLookup Find(SafePath path)
    {
        try
        {
            var full = Path.Join([Folder, .. path.Segments]);
            var file = path.IsFolder ? Path.Join(full, "index.html") : full;
            if (!IsInsideFolder(file)) return new SiteFileLookup.Missing();
            if (File.Exists(file))
            {
                // FileShare.Delete (and ReadWrite) so that a build may still move and delete the folder we read from.
                var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, useAsync: true);
                return new SiteFileLookup.Found(stream, Path.GetFileName(file));
            }
            if (!path.IsFolder && path.Segments.Count > 0 && Directory.Exists(full)) return new SiteFileLookup.FolderWithoutSlash(path.AsFolder());
            return new SiteFileLookup.Missing();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // FileNotFound and DirectoryNotFound are IOExceptions: the file went between the check and the open.
            return new SiteFileLookup.Missing();
        }
    }

    private bool IsInsideFolder(string file)
    {
        var realFolder = RealPath(Folder);
        var realFile = RealPath(file);
        return realFile.StartsWith(realFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>
    /// The path with every symbolic link resolved, component by component, like POSIX <c>realpath</c> (but a missing
    /// tail is kept as written). Throws <see cref="IOException"/> on a link loop.
    /// </summary>
    public static string RealPath(string path)
    {
        var hops = 0;
        return Resolve(Path.GetFullPath(path), ref hops);
    }

    private static string Resolve(string fullPath, ref int hops)
    {
        var root = Path.GetPathRoot(fullPath) ?? "";
        var current = root;
        var rest = fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < rest.Length; i++)
        {
            var next = Path.Join(current, rest[i]);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++hops > MaxLinkHops) throw new IOException($"too many levels of symbolic links at '{next}'");
            // A relative link target is relative to the folder holding the link.
            var absoluteTarget = Path.GetFullPath(target, current);
            current = Resolve(absoluteTarget, ref hops);
        }
        return current;
    }
}
