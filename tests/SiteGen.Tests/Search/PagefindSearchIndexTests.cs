using System.IO.Compression;
using System.Text;
using System.Text.Json;
using SiteGen.Build;
using SiteGen.Rendering;
using SiteGen.Search;
using SiteGen.Site;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Search;

/// <summary>
/// The real Pagefind (the repository's pinned one, from `npm ci`) over a small site served from a sub-path: it
/// indexes the articles only, with the filters and sort the article template declares.
/// </summary>
[Collection(ReleaseBuildCollection.Name)]
public class PagefindSearchIndexTests(ITestOutputHelper log)
{
    [Fact]
    public async Task PagefindIndexesEveryArticleWithTagRubrikAndMonthFilters()
    {
        if (!RequiredTool.IsInstalled(RequiredTool.RepoPagefind, "run 'npm ci' at the repository root", log)) return;

        using var site = new TempSite();
        site.WriteSeed("banjir.txt", "---\ndate: 2024-02-10\ntags: [Banjir, Jakarta]\nsection: Megapolitan\n---\nBanjir Rendam Ribuan Rumah di Jakarta Timur\nJAKARTA - Banjir merendam ribuan rumah.\nWarga mengungsi.\n");
        site.WriteSeed("citarum.txt", "---\ndate: 2024-03-05\ntags: [Banjir, Bandung]\nsection: Nusantara\n---\nSungai Citarum Meluap\nBANDUNG - Sungai Citarum meluap.\nPerahu karet disiagakan.\n");
        site.WriteSeed("gempa.txt", "---\ndate: 2024-03-20\ntags: [Gempa]\nsection: Nusantara\n---\nGempa Guncang Cianjur\nCIANJUR - Gempa mengguncang Cianjur.\n");

        var result = await SiteBuilder.BuildAsync(new BuildOptions
        {
            Root = site.Root,
            BaseUrl = "https://contoh.org/arsip-berita/",
            DefaultTheme = new DirectoryThemeLayer(RepoPaths.Theme, "theme"),
            Pagefind = RequiredTool.RepoPagefind,
        });
        log.WriteLine(result.Search.Message);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(SearchIndexStatus.Indexed, result.Search.Status);
        Assert.Equal(4, result.Articles);
        Assert.Equal(result.Articles, result.Search.PagesIndexed); // the articles, not the home, list or search pages

        var bundle = Path.Combine(site.Output, "pagefind");
        using (var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(bundle, "pagefind-entry.json"))))
        {
            Assert.Equal("1.6.0", entry.RootElement.GetProperty("version").GetString());
            var id = entry.RootElement.GetProperty("languages").GetProperty("id"); // from <html lang="id">
            Assert.Equal(4, id.GetProperty("page_count").GetInt32());
        }
        Assert.True(File.Exists(Path.Combine(bundle, "pagefind-ui.js")));
        Assert.True(File.Exists(Path.Combine(bundle, "pagefind-ui.css")));

        // Pagefind's index files are gzip'd CBOR; the filter names and values are plain UTF-8 strings inside.
        var meta = Decompressed(Directory.EnumerateFiles(bundle, "*.pf_meta").Single());
        foreach (var name in new[] { "tag", "rubrik", "bulan", "date", "tanggal" })
            Assert.True(meta.Contains(name, StringComparison.Ordinal), $"pf_meta lacks '{name}'");
        var filters = string.Join("\n", Directory.EnumerateFiles(Path.Combine(bundle, "filter"), "*.pf_filter").Select(Decompressed));
        foreach (var value in new[] { "Banjir", "Jakarta", "Bandung", "Gempa", "Megapolitan", "Nusantara", "2024-02", "2024-03" })
            Assert.True(filters.Contains(value, StringComparison.Ordinal), $"no filter value '{value}'");
    }

    private static string Decompressed(string file)
    {
        using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
