using System.IO.Compression;
using System.Text;
using System.Text.Json;
using SiteGen.Build;
using SiteGen.Search;
using SiteGen.Site;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Search;

/// <summary>
/// The search index in shards, with the real Pagefind (the repository's pinned one, from `npm ci`): each shard is a
/// bundle of its own, together they index every article once, an edit indexes its shard again and nothing else, and
/// the result is the index a clean build makes.
/// </summary>
[Collection(ReleaseBuildCollection.Name)]
public class ShardedSearchIndexTests(ITestOutputHelper log)
{
    private static readonly string[] Cities = ["JAKARTA", "BANDUNG", "SURABAYA", "MEDAN"];

    /// <summary>Eight articles (with the bundled one) over two years, at most four a shard (cut after about every other page).</summary>
    private static TempSite Archive()
    {
        var site = new TempSite();
        var yml = File.ReadAllText(Path.Combine(site.Root, "input", "site.yml"));
        Assert.Contains("search:\n  enabled: true\n", yml);
        site.WriteBytes("input/site.yml", Encoding.UTF8.GetBytes(yml.Replace("search:\n  enabled: true\n", "search:\n  enabled: true\n  shardSize: 4\n")));
        for (var i = 0; i < 7; i++)
            site.Article($"berita-{i}.txt", $"Berita Nomor {i} dari {Cities[i % 4]}", $"202{3 + i % 2}-0{1 + i}-1{i}", [$"Topik {i % 3}", Cities[i % 4]], city: Cities[i % 4], section: "Nasional");
        return site;
    }

    private static BuildOptions Options(TempSite site) => new()
    {
        Root = site.Root,
        DefaultTheme = new SiteGen.Rendering.DirectoryThemeLayer(RepoPaths.Theme, "theme"),
        Pagefind = RequiredTool.RepoPagefind,
    };

    [Fact]
    public async Task EachShardIsABundleAndTogetherTheyIndexEveryArticleOnce()
    {
        if (!RequiredTool.IsInstalled(RequiredTool.RepoPagefind, "run 'npm ci' at the repository root", log)) return;
        using var site = Archive();
        var result = await SiteBuilder.BuildAsync(Options(site));
        log.WriteLine(result.Search.Message);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(SearchIndexStatus.Indexed, result.Search.Status);
        Assert.Equal(8, result.Articles);
        Assert.Equal(8, result.Search.PagesIndexed);
        Assert.InRange(result.Search.Shards, 2, 8);
        Assert.Equal(result.Search.Shards, result.Search.ShardsIndexed);

        var bundle = Path.Combine(site.Output, "pagefind");
        // The first shard is pagefind/ itself, with the UI; shards.json names every other shard's folder, and only those.
        using var list = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(bundle, "shards.json")));
        var merged = list.RootElement.GetProperty("merge").EnumerateArray().Select(e => e.GetString()!.TrimEnd('/')).ToList();
        var folders = Directory.EnumerateDirectories(bundle).Select(Path.GetFileName).Where(d => d is not ("index" or "filter" or "fragment")).ToList();
        Assert.Equal(folders.Order(StringComparer.Ordinal), merged.Order(StringComparer.Ordinal));
        Assert.Equal(result.Search.Shards - 1, merged.Count);
        Assert.True(File.Exists(Path.Combine(bundle, "pagefind-ui.js")));
        Assert.True(File.Exists(Path.Combine(bundle, "pagefind.js")));

        var urls = new List<string>();
        var pages = 0;
        foreach (var folder in merged.Prepend(""))
        {
            var shard = Path.Combine(bundle, folder);
            Assert.True(File.Exists(Path.Combine(shard, "pagefind-entry.json")), $"{folder} has no entry file");
            using var entry = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(shard, "pagefind-entry.json")));
            pages += entry.RootElement.GetProperty("languages").GetProperty("id").GetProperty("page_count").GetInt32();
            if (folder.Length > 0) Assert.False(File.Exists(Path.Combine(shard, "pagefind-ui.js")), "the UI's files are written once, in pagefind/");
            foreach (var fragment in Directory.EnumerateFiles(Path.Combine(shard, "fragment")))
                urls.Add(JsonDocument.Parse(Decompressed(fragment)).RootElement.GetProperty("url").GetString()!);
        }
        Assert.Equal(8, pages);
        Assert.Equal(8, urls.Count);
        Assert.Equal(8, urls.Distinct().Count());
        Assert.All(urls, u => Assert.Matches(@"^/20\d\d/\d\d/\d\d/[a-z0-9-]+/$", u));
    }

    [Fact]
    public async Task AnEditIndexesItsShardAgainAndNothingElseAndEqualsACleanBuild()
    {
        if (!RequiredTool.IsInstalled(RequiredTool.RepoPagefind, "run 'npm ci' at the repository root", log)) return;
        using var site = Archive();
        var options = Options(site);
        var first = await SiteBuilder.BuildAsync(options);
        Assert.Equal(SearchIndexStatus.Indexed, first.Search.Status);
        var bundle = Path.Combine(site.Output, "pagefind");
        var before = Stamps(bundle);

        var edited = Path.Combine(site.Seeds, "berita-3.txt");
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("Paragraf kedua.", "Paragraf kedua menyebut kata langka ondel-ondel."));
        var second = await SiteBuilder.BuildAsync(options);
        log.WriteLine(second.Search.Message);

        Assert.Equal(SearchIndexStatus.Indexed, second.Search.Status);
        Assert.Equal(first.Search.Shards, second.Search.Shards);
        Assert.Equal(1, second.Search.ShardsIndexed);
        Assert.Equal(8, second.Search.PagesIndexed);
        // Every other shard's files are the very files the first build wrote: same times, not written again.
        var after = Stamps(bundle);
        var changed = after.Where(a => !before.TryGetValue(a.Key, out var t) || t != a.Value).Select(a => a.Key)
            .Concat(before.Keys.Except(after.Keys)).Select(ShardOf).Distinct().ToList();
        Assert.Single(changed);
        Assert.Contains("ondel", string.Join("\n", Directory.EnumerateFiles(bundle, "*.pf_fragment", SearchOption.AllDirectories).Select(Decompressed)));

        await CleanBuild.AssertSameAsync(options, second, site.Output);
    }

    [Fact]
    public async Task AnArticleAddedBeforeTheFirstShardMovesItAndTheResultEqualsACleanBuild()
    {
        if (!RequiredTool.IsInstalled(RequiredTool.RepoPagefind, "run 'npm ci' at the repository root", log)) return;
        using var site = Archive();
        var options = Options(site);
        await SiteBuilder.BuildAsync(options);
        // In a section the archive has: a section's first article changes every page's menu, so every shard.
        site.Article("tertua.txt", "Berita Paling Tua", "2001-01-01", ["Sejarah"], section: "Nasional");
        var second = await SiteBuilder.BuildAsync(options);
        log.WriteLine(second.Search.Message);

        Assert.Equal(SearchIndexStatus.Indexed, second.Search.Status);
        Assert.Equal(9, second.Search.PagesIndexed);
        Assert.True(second.Search.ShardsIndexed < second.Search.Shards, second.Search.Message);
        await CleanBuild.AssertSameAsync(options, second, site.Output);
    }

    /// <summary>The shard a file of the index belongs to: its folder under pagefind/, or "" for pagefind/ itself.</summary>
    private static string ShardOf(string relative)
    {
        var parts = relative.Split(Path.DirectorySeparatorChar);
        return parts.Length > 1 && parts[0] is not ("index" or "filter" or "fragment") ? parts[0] : "";
    }

    /// <summary>Each file's modification time, by path relative to <paramref name="folder"/>.</summary>
    private static Dictionary<string, long> Stamps(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), f => File.GetLastWriteTimeUtc(f).Ticks);

    private static string Decompressed(string file)
    {
        using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        var bytes = buffer.ToArray();
        // Pagefind's fragments start with a "pagefind_dcd" signature before their JSON.
        var start = Array.IndexOf(bytes, (byte)'{');
        return Encoding.UTF8.GetString(bytes, Math.Max(0, start), bytes.Length - Math.Max(0, start));
    }
}
