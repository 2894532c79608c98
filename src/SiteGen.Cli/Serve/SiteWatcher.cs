namespace SiteGen.Cli.Serve;

/// <summary>
/// Watches a site's sources (<c>seeds/</c>, <c>input/</c> with <c>site.yml</c>, and <c>theme/</c>) and reports, after a
/// quiet spell, which files changed: edits, new files, deletions and renames. The output folder is never watched:
/// each build rewrites it, and watching it would make every build start the next. A source folder that appears
/// while the server runs (say <c>theme/</c>, to override the default theme) is picked up too.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    public static readonly IReadOnlyList<string> SourceFolders = ["seeds", "input", "theme"];

    private readonly string _root;
    private readonly string _output;
    private readonly string _outputSiblingTag;
    private readonly Debouncer _debouncer;
    private readonly FileSystemWatcher _rootWatcher;
    private readonly Dictionary<string, FileSystemWatcher> _folderWatchers = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _disposed;

    /// <param name="changed">Called on a pool thread with root-relative paths ('/'-separated), once per burst of changes.</param>
    public SiteWatcher(string root, string outputPath, TimeSpan debounce, Action<IReadOnlyList<string>> changed)
    {
        _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        _output = Path.GetFullPath(outputPath).TrimEnd(Path.DirectorySeparatorChar);
        // The staging and retired folders a build keeps beside the output, e.g. ".output.sitegen-staging-…".
        _outputSiblingTag = $"{Path.DirectorySeparatorChar}.{Path.GetFileName(_output)}.sitegen-";
        _debouncer = new Debouncer(debounce, changed);

        // The root itself is watched one level deep, only to notice source folders being created, deleted or renamed.
        _rootWatcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.DirectoryName | NotifyFilters.FileName,
        };
        _rootWatcher.Created += (_, e) => OnRootEntry(e.Name);
        _rootWatcher.Deleted += (_, e) => OnRootEntry(e.Name);
        _rootWatcher.Renamed += (_, e) =>
        {
            OnRootEntry(e.OldName);
            OnRootEntry(e.Name);
        };
        _rootWatcher.Error += (_, _) => OnWatcherError();

        foreach (var folder in SourceFolders) Arm(folder);
        _rootWatcher.EnableRaisingEvents = true;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            _rootWatcher.Dispose();
            foreach (var watcher in _folderWatchers.Values) watcher.Dispose();
            _folderWatchers.Clear();
        }
        _debouncer.Dispose();
    }

    /// <summary>Editors' scratch files: saving through them shows up as a change of the real file as well.</summary>
    public static bool IsEditorScratch(string fileName) =>
        fileName.EndsWith('~')
        || fileName.StartsWith(".#", StringComparison.Ordinal)
        || fileName.StartsWith(".goutputstream-", StringComparison.Ordinal)
        || fileName is "4913" or ".DS_Store"
        || fileName.EndsWith(".swp", StringComparison.Ordinal)
        || fileName.EndsWith(".swx", StringComparison.Ordinal)
        || fileName.EndsWith(".swo", StringComparison.Ordinal)
        || fileName.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);

    private void OnRootEntry(string? name)
    {
        if (name is null || !SourceFolders.Contains(name)) return;
        Arm(name);
        Report(Path.Combine(_root, name));
    }

    // (Re)creates the recursive watcher of one source folder: after the folder appeared, disappeared or was replaced.
    private void Arm(string folder)
    {
        lock (_gate)
        {
            if (_disposed) return;
            if (_folderWatchers.Remove(folder, out var old)) old.Dispose();
            var path = Path.Combine(_root, folder);
            if (!Directory.Exists(path)) return;
            FileSystemWatcher watcher;
            try
            {
                watcher = new FileSystemWatcher(path)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                    // Bigger than the 8 KB default, so a checkout of many files does not overflow it as easily.
                    InternalBufferSize = 64 * 1024,
                };
                watcher.Created += (_, e) => Report(e.FullPath);
                watcher.Changed += (_, e) => Report(e.FullPath);
                watcher.Deleted += (_, e) => Report(e.FullPath);
                watcher.Renamed += (_, e) =>
                {
                    Report(e.OldFullPath);
                    Report(e.FullPath);
                };
                watcher.Error += (_, _) => OnWatcherError();
                watcher.EnableRaisingEvents = true;
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
            {
                // The folder vanished between the check and the watch; the root watcher reports its return.
                return;
            }
            _folderWatchers[folder] = watcher;
        }
    }

    // Overflow or a watched folder gone: changes may have been missed, so rebuild and watch afresh.
    private void OnWatcherError()
    {
        foreach (var folder in SourceFolders) Arm(folder);
        Report(_root);
    }

    private void Report(string fullPath)
    {
        if (IsOutput(fullPath) || IsEditorScratch(Path.GetFileName(fullPath))) return;
        var relative = Path.GetRelativePath(_root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
        _debouncer.Add(relative);
    }

    private bool IsOutput(string fullPath) =>
        fullPath == _output
        || fullPath.StartsWith(_output + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || fullPath.Contains(_outputSiblingTag, StringComparison.Ordinal);
}
