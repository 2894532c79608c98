namespace SiteGen.Cli.Serve;

/// <summary>
/// Previewed pages (<see cref="SiteGen.Preview.ArticlePreviews"/>) served in place of their files until a build that
/// began after the preview was made has finished: that build read the edited file, so its page is the one to show.
/// Nothing here is ever written to the output folder.
/// </summary>
public sealed class PreviewOverlay
{
    /// <summary>A previewed page: its URL path, its HTML and the build stamp (<see cref="BuildCoordinator.Version"/>) when it was made.</summary>
    public sealed record Page(string Url, byte[] Html, long MadeAt);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Page> _pages = new(StringComparer.Ordinal);

    /// <summary>Shows <paramref name="page"/> for the output file <paramref name="file"/> (<c>2023/07/27/judul/index.html</c>).</summary>
    public void Put(string file, Page page)
    {
        lock (_gate) _pages[file] = page;
    }

    /// <summary>The preview of the file <paramref name="path"/> names, if there is one.</summary>
    public Page? Find(SafePath path)
    {
        var file = path.IsFolder ? string.Join('/', [.. path.Segments, "index.html"]) : string.Join('/', path.Segments);
        lock (_gate) return _pages.GetValueOrDefault(file);
    }

    /// <summary>
    /// Takes out every preview made before the build that began at <paramref name="buildStarted"/> (an edit before the
    /// build's start is in what it read) and returns them with their files; later ones stay for the build after it.
    /// </summary>
    public IReadOnlyList<(string File, Page Page)> TakeSupersededBy(long buildStarted)
    {
        var taken = new List<(string, Page)>();
        lock (_gate)
        {
            foreach (var (file, page) in _pages)
                if (page.MadeAt < buildStarted) taken.Add((file, page));
            foreach (var (file, _) in taken) _pages.Remove(file);
        }
        return taken;
    }
}
