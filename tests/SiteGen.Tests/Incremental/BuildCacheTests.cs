using SiteGen.Inference;
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

    [Fact]
    public void TheTagMemoryComesBackAsItWasSavedAndWithTheArticlesOfItsAnalysisKeyOnly()
    {
        var tags = new TagMemory(new(5, 6), [["Rusia", "Korea Utara"], [], ["Rusia"]],
            new Dictionary<string, IReadOnlyList<string>> { ["Korea Utara"] = ["Korut"], ["Rusia"] = ["Federasi Rusia", "Rusland"] });
        BuildCache.Save(_root, new(9, 0), new Dictionary<string, SourceFileEntry>(), null, tags: tags);

        var loaded = BuildCache.Load(_root, new(9, 0), "/out").Tags;
        Assert.NotNull(loaded);
        Assert.Equal(tags.Key, loaded.Key);
        Assert.Equal(tags.Tags, loaded.Tags);
        Assert.Equal(tags.Aliases.OrderBy(a => a.Key, StringComparer.Ordinal), loaded.Aliases.OrderBy(a => a.Key, StringComparer.Ordinal));
        Assert.Same(loaded.Tags[0][0], loaded.Tags[2][0]); // one string per tag, not per use
        Assert.Null(BuildCache.Load(_root, new(8, 0), "/out").Tags);
    }

    [Fact]
    public void ArticlesSpilledToDiskBeforeTheSaveGiveTheSameCacheFileAndNoLeftovers()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(_root, "seeds")).FullName;
        var cache = BuildCache.Empty();
        for (var i = 0; i < 3; i++)
        {
            var file = Path.Combine(seeds, $"a{i}.txt");
            File.WriteAllText(file, $"Judul Berita {i}\nJAKARTA, iNews.id - Isi berita nomor {i} tentang Rusia.\nEditor: Rina\n");
            cache.Articles.Get(file, $"seeds/a{i}.txt", (bytes, hash) => AnalysedArticle.From($"seeds/a{i}.txt", bytes, hash, null, TextRepairs.All));
        }
        var manifest = new OutputManifest("/out", new(7, 0), new Dictionary<string, OutputEntry>(), new CachedResult(0, 3, [], 0, "", 0), []);
        var whole = Directory.CreateDirectory(Path.Combine(_root, "whole")).FullName;
        var spilled = Directory.CreateDirectory(Path.Combine(_root, "spilled")).FullName;

        BuildCache.Save(whole, new(9, 0), cache.Articles.Current, manifest);
        cache.SpillArticles(spilled, new(9, 0));
        Assert.True(cache.ArticlesSpilled);
        Assert.Empty(cache.Articles.Current); // the entries were let go
        cache.Save(spilled, manifest);

        Assert.Equal(File.ReadAllBytes(BuildCache.PathIn(whole)), File.ReadAllBytes(BuildCache.PathIn(spilled)));
        Assert.Equal([BuildCache.FileName], Directory.EnumerateFiles(Path.Combine(spilled, BuildCache.Folder)).Select(Path.GetFileName));
        var loaded = BuildCache.Load(spilled, new(9, 0), "/out");
        Assert.Null(loaded.Rejected);
        Assert.NotNull(loaded.Output);
    }

    [Fact]
    public void ACacheBegunByABuildThatThenFailsIsDeletedAndTheLastCacheStays()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(_root, "seeds")).FullName;
        var file = Path.Combine(seeds, "a.txt");
        File.WriteAllText(file, "Judul Berita\nJAKARTA, iNews.id - Isi berita tentang Rusia.\nEditor: Rina\n");
        var manifest = new OutputManifest("/out", new(7, 0), new Dictionary<string, OutputEntry>(), new CachedResult(0, 1, [], 0, "", 0), []);
        var cache = BuildCache.Empty();
        cache.Articles.Get(file, "seeds/a.txt", (bytes, hash) => AnalysedArticle.From("seeds/a.txt", bytes, hash, null, TextRepairs.All));
        BuildCache.Save(_root, new(9, 0), cache.Articles.Current, manifest);
        var last = File.ReadAllBytes(BuildCache.PathIn(_root));

        cache.SpillArticles(_root, new(9, 0));
        Assert.Equal(2, Directory.EnumerateFiles(Path.Combine(_root, BuildCache.Folder)).Count()); // the next cache, begun
        cache.DiscardUnsaved();

        Assert.Equal([BuildCache.FileName], Directory.EnumerateFiles(Path.Combine(_root, BuildCache.Folder)).Select(Path.GetFileName));
        Assert.Equal(last, File.ReadAllBytes(BuildCache.PathIn(_root)));
    }

    [Fact]
    public void ACacheLeftHalfWrittenByAKilledBuildIsRemovedOnceADayOldAndNotBefore()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, BuildCache.Folder)).FullName;
        var old = Path.Combine(folder, $"{BuildCache.FileName}.0123456789abcdef0123456789abcdef.pending.tmp");
        var recent = Path.Combine(folder, $"{BuildCache.FileName}.fedcba9876543210fedcba9876543210.pending.tmp");
        var other = Path.Combine(folder, "notes.tmp");
        foreach (var path in new[] { old, recent, other }) File.WriteAllText(path, "half a cache");
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddDays(-2));
        File.SetLastWriteTimeUtc(other, DateTime.UtcNow.AddDays(-2));
        File.SetLastWriteTimeUtc(recent, DateTime.UtcNow.AddHours(-1)); // perhaps the dev server's, still being written

        var cache = BuildCache.Empty();
        cache.SpillArticles(_root, new(9, 0));
        cache.Save(_root, null);

        Assert.False(File.Exists(old));
        Assert.True(File.Exists(recent));
        Assert.True(File.Exists(other)); // not a name the cache gives its files
        Assert.Null(BuildCache.Load(_root, new(9, 0), "/out").Rejected);
    }

    [Fact]
    public void AFileAskedForAfterTheEntriesWereLetGoIsReadAndAnalysedAgain()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(_root, "seeds")).FullName;
        var file = Path.Combine(seeds, "a.txt");
        File.WriteAllText(file, "Judul Berita\nJAKARTA, iNews.id - Isi berita tentang Rusia.\nEditor: Rina\n");
        var analysed = 0;
        AnalysedArticle Analyse(byte[] bytes, ContentHash hash)
        {
            analysed++;
            return AnalysedArticle.From("seeds/a.txt", bytes, hash, null, TextRepairs.All);
        }
        var cache = BuildCache.Empty();
        cache.Articles.Get(file, "seeds/a.txt", Analyse);
        cache.SpillArticles(_root, new(9, 0));

        var again = cache.Articles.Get(file, "seeds/a.txt", Analyse);

        Assert.Equal(2, analysed);
        Assert.Equal("Judul Berita", again.Article!.Title);
        Assert.Equal("Rina", again.Article.Editor);
        cache.DiscardUnsaved();
    }

    [Fact]
    public void PayloadsKeptInAPayloadFileDecodeAndSaveAsThoseKeptInMemoryAndLeaveNoFileBehind()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(_root, "seeds")).FullName;
        var inMemory = BuildCache.Empty();
        var onDisk = BuildCache.Empty();
        var spilling = Directory.CreateDirectory(Path.Combine(_root, "spilling")).FullName;
        onDisk.SpillPayloads(spilling);
        for (var i = 0; i < 3; i++)
        {
            var file = Path.Combine(seeds, $"a{i}.txt");
            File.WriteAllText(file, $"Judul Berita {i}\nJAKARTA, iNews.id - Isi berita nomor {i} tentang Rusia dan Korea Utara.\nEditor: Rina\n");
            AnalysedArticle Analyse(byte[] bytes, ContentHash hash) => AnalysedArticle.From($"seeds/a{i}.txt", bytes, hash, null, TextRepairs.All);
            // Entry, then Get: what InputKey and then the read module do in a cold build; Get decodes the stored payload.
            inMemory.Articles.Entry(file, $"seeds/a{i}.txt", Analyse);
            onDisk.Articles.Entry(file, $"seeds/a{i}.txt", Analyse);
            Assert.Equal(inMemory.Articles.Get(file, $"seeds/a{i}.txt", Analyse).Article, onDisk.Articles.Get(file, $"seeds/a{i}.txt", Analyse).Article);
        }
        Assert.All(onDisk.Articles.Current.Values, e => Assert.True(e.Payload.IsEmpty && e.Spilled is not null && e.PayloadLength > 0));
        // Unlinked as soon as it is open (on Windows, when closed): nothing in the cache folder but what a save writes.
        if (!OperatingSystem.IsWindows()) Assert.Empty(Directory.EnumerateFiles(Path.Combine(spilling, BuildCache.Folder)));
        var manifest = new OutputManifest("/out", new(7, 0), new Dictionary<string, OutputEntry>(), new CachedResult(0, 3, [], 0, "", 0), []);
        var whole = Directory.CreateDirectory(Path.Combine(_root, "whole")).FullName;

        BuildCache.Save(whole, new(9, 0), inMemory.Articles.Current, manifest);
        onDisk.SpillArticles(spilling, new(9, 0));
        onDisk.Save(spilling, manifest);

        Assert.Equal(File.ReadAllBytes(BuildCache.PathIn(whole)), File.ReadAllBytes(BuildCache.PathIn(spilling)));
        Assert.Empty(onDisk.Articles.Current); // the entries and the file they were in are let go
        Assert.Equal([BuildCache.FileName], Directory.EnumerateFiles(Path.Combine(spilling, BuildCache.Folder)).Select(Path.GetFileName));
    }

    [Fact]
    public void ALoadedCacheReadsItsPayloadsFromTheFileAndDecodesThemAsTheWholeFileReadInMemory()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(_root, "seeds")).FullName;
        var first = BuildCache.Empty();
        var files = new List<(string File, string Key)>();
        for (var i = 0; i < 3; i++)
        {
            var file = Path.Combine(seeds, $"a{i}.txt");
            File.WriteAllText(file, $"Judul Berita {i}\nJAKARTA, iNews.id - Isi berita nomor {i} tentang Rusia dan Korea Utara.\nEditor: Rina\n");
            files.Add((file, $"seeds/a{i}.txt"));
            first.Articles.Get(file, $"seeds/a{i}.txt", (bytes, hash) => AnalysedArticle.From($"seeds/a{i}.txt", bytes, hash, null, TextRepairs.All));
        }
        var manifest = new OutputManifest("/out", new(7, 0), new Dictionary<string, OutputEntry>(), new CachedResult(0, 3, [], 0, "", 0), []);
        BuildCache.Save(_root, new(9, 0), first.Articles.Current, manifest);
        AnalysedArticle Unexpected(byte[] bytes, ContentHash hash) => throw new InvalidOperationException("the cache should have had it");

        var fromFile = BuildCache.Load(_root, new(9, 0), "/out");
        var inMemory = BuildCache.Load(_root, new(9, 0), "/out", keepDecoded: true);

        Assert.Null(fromFile.Rejected);
        Assert.NotNull(fromFile.Output);
        foreach (var (file, key) in files)
        {
            var entry = fromFile.Articles.Entry(file, key, Unexpected);
            Assert.True(entry.Payload.IsEmpty && entry.Spilled is not null && entry.PayloadLength > 0);
            Assert.Equal(inMemory.Articles.Get(file, key, Unexpected).Article, fromFile.Articles.Get(file, key, Unexpected).Article);
        }
        // The build saves its own cache over the file it still reads from, then lets it go.
        fromFile.SpillArticles(_root, new(9, 0));
        fromFile.Save(_root, manifest);
        fromFile.Articles.DropEntries();
        Assert.Null(BuildCache.Load(_root, new(9, 0), "/out").Rejected);
        Assert.Equal([BuildCache.FileName], Directory.EnumerateFiles(Path.Combine(_root, BuildCache.Folder)).Select(Path.GetFileName));
    }

    [Fact]
    public void ACacheFileWithAFlippedByteIsRejectedAsDamaged()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(_root, "seeds")).FullName;
        var cache = BuildCache.Empty();
        var file = Path.Combine(seeds, "a.txt");
        File.WriteAllText(file, "Judul Berita\nJAKARTA, iNews.id - Isi berita tentang Rusia.\nEditor: Rina\n");
        cache.Articles.Get(file, "seeds/a.txt", (bytes, hash) => AnalysedArticle.From("seeds/a.txt", bytes, hash, null, TextRepairs.All));
        BuildCache.Save(_root, new(9, 0), cache.Articles.Current, null);
        var bytes = File.ReadAllBytes(BuildCache.PathIn(_root));
        bytes[^5] ^= 0x20;
        File.WriteAllBytes(BuildCache.PathIn(_root), bytes);

        Assert.Equal("damaged (checksum mismatch)", BuildCache.Load(_root, new(9, 0), "/out").Rejected);
        Assert.Equal("damaged (checksum mismatch)", BuildCache.Load(_root, new(9, 0), "/out", keepDecoded: true).Rejected);
    }
}
