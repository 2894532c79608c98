using SiteGen.Incremental;
using SiteGen.Model;

namespace SiteGen.Tests.Incremental;

public sealed class BuildCacheTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-cache-test-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void HrefsNoPageUsesAreDroppedWhenSavedAndTheLinksStayTheSame()
    {
        IReadOnlyList<string> table = ["/", "/gone/", "/tag/rusia/", "/also-gone/", "/2023/07/27/a/"];
        var files = new Dictionary<string, OutputEntry>(StringComparer.Ordinal)
        {
            ["index.html"] = new("index.html", new FileStamp(10, 20), new ContentHash(new(1, 0)), new(3, 0), [0, 2, 4]),
            ["feed.xml"] = new("feed.xml", new FileStamp(11, 21), new ContentHash(new(2, 0)), new(4, 0), null),
            ["tag/rusia/index.html"] = new("tag/rusia/index.html", new FileStamp(12, 22), new ContentHash(new(3, 0)), new(5, 0), [2]),
        };
        var folders = new Dictionary<string, FolderStamp>(StringComparer.Ordinal) { [""] = new(5, true), ["tag/rusia"] = new(6, false) };
        var manifest = new OutputManifest("/out", new(7, 0), files, new CachedResult(0, 1, [], 0, "", 0), table) { Folders = folders };

        BuildCache.Save(_root, new(9, 0), new Dictionary<string, SourceFileEntry>(), manifest);
        var loaded = BuildCache.Load(_root, new(9, 0), "/out").Output;

        Assert.NotNull(loaded);
        Assert.Equal(["/", "/tag/rusia/", "/2023/07/27/a/"], loaded.Hrefs);
        foreach (var (path, entry) in files)
        {
            var back = loaded.Files[path];
            Assert.Equal(entry with { Links = null }, back with { Links = null });
            Assert.Equal(entry.Links?.Select(id => table[id]), back.Links?.Select(id => loaded.Hrefs[id]));
        }
        Assert.Equal(folders, loaded.Folders);
    }
}
