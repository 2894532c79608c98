using System.Text;
using AngleSharp.Dom;
using SiteGen.Build;
using SiteGen.Incremental;
using SiteGen.Rendering;
using SiteGen.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>Builds temporary sites through the real CLI and reads the pages as a browser would.</summary>
public class BuildEndToEndTests
{
    private const string SeedPage = "2023/07/27/ngeri-rusia-dan-korut-bakal-perkuat-kerja-sama-pertahanan/index.html";

    [Fact]
    public async Task TheSeedArticleGetsAFullPage()
    {
        using var site = new TempSite();
        var run = await site.BuildAsync();
        Assert.Equal(0, run.ExitCode);

        var page = site.ReadOutput(SeedPage);
        var doc = HtmlPages.Parse(page);
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.Equal("id", doc.DocumentElement.GetAttribute("lang"));
        var h1 = Assert.Single(doc.QuerySelectorAll("h1"));
        Assert.Equal("Ngeri! Rusia dan Korut Bakal Perkuat Kerja Sama Pertahanan", h1.TextContent);
        Assert.Contains("Ngeri! Rusia dan Korut", doc.Title);
        Assert.StartsWith("Rusia dan Korea Utara (Korut) berencana", doc.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("https://arsip-berita.example.org/2023/07/27/ngeri-rusia-dan-korut-bakal-perkuat-kerja-sama-pertahanan/",
            doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", doc.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal(11, doc.QuerySelectorAll(".article-body p").Length);
        Assert.Contains("Moskow", doc.QuerySelector(".meta")!.TextContent); // the dateline's MOSKOW as a reader writes it
        Assert.Contains("Anton Suhartono", doc.QuerySelector(".editor")!.TextContent);

        var jsonLd = doc.QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var json = System.Text.Json.JsonDocument.Parse(jsonLd);
        Assert.Equal("NewsArticle", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Ngeri! Rusia dan Korut Bakal Perkuat Kerja Sama Pertahanan", json.RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public async Task TheHomePageListsEveryArticleWithItsLead()
    {
        using var site = new TempSite();
        site.WriteSeed("kedua.txt", "Berita Kedua\nBANDUNG, iNews.id - Paragraf pembuka kedua.\nEditor: Dua");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        var doc = HtmlPages.Load(Path.Combine(site.Output, "index.html"));
        var items = doc.QuerySelectorAll(".article-list > li").Where(li => li.Closest(".section-blocks") is null).ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains(items, li => li.QuerySelector("h2 a")!.TextContent == "Berita Kedua" && li.TextContent.Contains("Paragraf pembuka kedua."));
        Assert.Single(doc.QuerySelectorAll("h1"));
        // The theme's stylesheet is in the page itself: nothing to fetch before the first paint.
        Assert.Empty(doc.QuerySelectorAll("link[rel=stylesheet]"));
        var style = Assert.Single(doc.Head!.QuerySelectorAll("style"));
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "style.css")).Replace("\r\n", "\n").TrimEnd(), style.TextContent);
        Assert.True(File.Exists(Path.Combine(site.Output, "tentang", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "404.html")));
    }

    [Fact]
    public async Task HostileArticleTextIsNeverLiveMarkup()
    {
        using var site = new TempSite();
        site.WriteSeed("jahat.txt",
            "<script>alert('judul')</script><img src=x onerror=alert(1)>\n" +
            "JAKARTA, iNews.id - Paragraf <b onmouseover=\"alert(2)\">tebal</b> </p><script>alert(3)</script>\n" +
            "\"><svg onload=alert(4)> dan ' \" & < >\n" +
            "Editor: <script>alert('editor')</script>");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var doc = HtmlPages.Load(file);
            // Inline scripts are JSON-LD data only; the search page's scripts are the theme's and Pagefind's own files.
            Assert.All(doc.QuerySelectorAll("script:not([src])"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
            Assert.All(doc.QuerySelectorAll("script[src]"), s => Assert.Matches("^/(assets|pagefind)/[a-z.0-9-]+\\.js$", s.GetAttribute("src")));
            Assert.Empty(doc.QuerySelectorAll("svg, b, img"));
            Assert.All(doc.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }

        var page = Directory.EnumerateFiles(Path.Combine(site.Output, "artikel"), "index.html", SearchOption.AllDirectories)
            .Select(HtmlPages.Load)
            .Single(d => d.QuerySelector("h1")!.TextContent.Contains("alert('judul')"));
        Assert.Equal("<script>alert('judul')</script><img src=x onerror=alert(1)>", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("<script>alert('editor')</script>", page.QuerySelector(".editor")!.TextContent);
        // The JSON-LD block carries the hostile title as data and cannot be closed early.
        var jsonLd = page.QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var json = System.Text.Json.JsonDocument.Parse(jsonLd);
        Assert.Contains("<script>", json.RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public async Task TwoBuildsAreByteIdentical()
    {
        using var site = new TempSite();
        for (var i = 0; i < 30; i++)
            site.WriteSeed($"b{(i * 7) % 30:D2}.txt", $"Berita nomor {i}\nKOTA{i % 3}, iNews.id - Isi {i}.\nEditor: Editor {i % 4}");
        await site.BuildAsync("--output", Path.Combine(site.Root, "out1"));
        await site.BuildAsync("--output", Path.Combine(site.Root, "out2"));

        var first = HtmlPages.Snapshot(Path.Combine(site.Root, "out1"));
        var second = HtmlPages.Snapshot(Path.Combine(site.Root, "out2"));
        Assert.Equal(first.Keys, second.Keys);
        foreach (var key in first.Keys) Assert.True(first[key].AsSpan().SequenceEqual(second[key]), $"{key} differs between builds");
    }

    [Fact]
    public async Task ContentErrorsExitOneAndTheRestIsWritten()
    {
        using var site = new TempSite();
        site.WriteSeed("kosong.txt", "  \n ");
        site.WriteBytes("seeds/gambar.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 0]);
        var run = await site.BuildAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("seeds/kosong.txt: error:", run.Error);
        Assert.Contains("seeds/gambar.txt: error:", run.Error);
        Assert.Contains("1 article,", run.Output);
        Assert.True(File.Exists(Path.Combine(site.Output, SeedPage)));
    }

    [Fact]
    public async Task StrictTurnsWarningsIntoExitOne()
    {
        using var site = new TempSite();
        site.WriteSeed("judul-saja.txt", "Hanya judul");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var strict = await site.BuildAsync("--strict");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("seeds/judul-saja.txt:", strict.Error);
    }

    [Fact]
    public async Task ATemplateErrorNamesTheFileAndLeavesThePreviousOutput()
    {
        using var site = new TempSite(copyTheme: true);
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var before = HtmlPages.Snapshot(site.Output);

        File.AppendAllText(Path.Combine(site.Root, "theme", "partials", "footer.sbn"), "\n{{ if }}\n");
        var run = await site.BuildAsync();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("theme/partials/footer.sbn:", run.Error);
        Assert.Equal(before.Keys, HtmlPages.Snapshot(site.Output).Keys);
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.sitegen-*"));
    }

    [Fact]
    public async Task ASiteThemeOverridesTheDefaultFileByFile()
    {
        using var site = new TempSite();
        site.WriteBytes("theme/partials/footer.sbn", Encoding.UTF8.GetBytes("<footer><p>Kaki situs sendiri</p></footer>"));
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var doc = HtmlPages.Load(Path.Combine(site.Output, "index.html"));
        Assert.Equal("Kaki situs sendiri", doc.QuerySelector("footer")!.TextContent);
        Assert.NotNull(doc.QuerySelector(".site-header")); // still from the default theme
    }

    [Fact]
    public async Task AnIncludeCannotLeaveTheTheme()
    {
        using var site = new TempSite();
        site.WriteBytes("theme/partials/footer.sbn", Encoding.UTF8.GetBytes("{{ include '../../input/site.yml' }}"));
        var run = await site.BuildAsync();
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not a path inside the theme", run.Error);
    }

    [Fact]
    public async Task ABadBaseUrlIsAConfigurationErrorAndNothingIsWritten()
    {
        using var site = new TempSite();
        var run = await site.BuildAsync("--base-url", "javascript:alert(1)");
        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task TheOutputFolderGuardRefusesFoldersItDidNotMake()
    {
        using var site = new TempSite();
        var foreign = Path.Combine(site.Root, "dokumen");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "penting.txt"), "jangan dihapus");

        var refusals = new[]
        {
            await site.BuildAsync("--output", foreign),
            await site.BuildAsync("--output", site.Root),
            await site.BuildAsync("--output", Path.GetDirectoryName(site.Root)!),
        };

        Assert.All(refusals, r => Assert.Equal(2, r.ExitCode));
        Assert.Equal("jangan dihapus", File.ReadAllText(Path.Combine(foreign, "penting.txt")));
        Assert.True(File.Exists(Path.Combine(site.Root, "seeds", "000_bba47c1f16d6e6cf.txt")));
        Assert.True(File.Exists(Path.Combine(site.Root, "input", "site.yml")));
    }

    [Fact]
    public async Task AFolderHoldingSiteSourcesIsRefused()
    {
        using var site = new TempSite();
        var lookalike = Path.Combine(site.Root, "nested");
        Directory.CreateDirectory(Path.Combine(lookalike, "seeds"));
        var run = await site.BuildAsync("--output", lookalike);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("seeds/", run.Error);
        Assert.True(Directory.Exists(Path.Combine(lookalike, "seeds")));
    }

    [Fact]
    public async Task ARebuildReplacesItsOwnOutputAndLeavesNoStagingFolders()
    {
        using var site = new TempSite();
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        File.Delete(Path.Combine(site.Root, "seeds", "000_bba47c1f16d6e6cf.txt"));
        site.WriteSeed("baru.txt", "Berita Baru\nIsi.");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        Assert.False(File.Exists(Path.Combine(site.Output, SeedPage)));
        Assert.True(File.Exists(Path.Combine(site.Output, "artikel", "berita-baru", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, OutputFolder.MarkerFile)));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.sitegen-*"));
    }

    /// <summary>Where <see cref="ACancelledBuildLeavesThePreviousOutputIntact"/> stops a build.</summary>
    public enum CancelPoint { BeforeItStarts, AfterTheFirstFile, HalfwayThroughWriting, AfterTheLastFile, DuringTheCheck, DuringTheStrictCheck }

    [Theory]
    [InlineData(CancelPoint.BeforeItStarts)]
    [InlineData(CancelPoint.AfterTheFirstFile)]
    [InlineData(CancelPoint.HalfwayThroughWriting)]
    [InlineData(CancelPoint.AfterTheLastFile)]
    [InlineData(CancelPoint.DuringTheCheck)]
    [InlineData(CancelPoint.DuringTheStrictCheck)]
    public async Task ACancelledBuildLeavesThePreviousOutputIntact(CancelPoint point)
    {
        using var site = new TempSite();
        Assert.Equal(0, (await site.BuildLibraryAsync()).ExitCode);
        var before = HtmlPages.Snapshot(site.Output);
        for (var i = 0; i < 200; i++) site.WriteSeed($"n{i:D3}.txt", $"Berita {i}\nIsi {i}.");

        // The progress callback runs on the writing thread as each file lands, so the cancellation comes at exactly
        // that point of the build, whatever the machine's speed.
        using var cancellation = new CancellationTokenSource();
        var trigger = new CancelWhen(cancellation, point switch
        {
            CancelPoint.AfterTheFirstFile => p => p.Stage == BuildStage.Writing && p.FilesWritten == 1,
            CancelPoint.HalfwayThroughWriting => p => p.Stage == BuildStage.Writing && p.FilesWritten == p.FilesExpected / 2,
            // An incremental build may keep unchanged files without writing them, so "last" is the last one reported
            // before the build moves on to checking.
            CancelPoint.AfterTheLastFile => p => (p.Stage == BuildStage.Writing && p.FilesWritten == p.FilesExpected) || p.Stage == BuildStage.Checking,
            CancelPoint.DuringTheCheck or CancelPoint.DuringTheStrictCheck => p => p.Stage == BuildStage.Checking,
            _ => _ => false,
        });
        if (point == CancelPoint.BeforeItStarts) cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SiteBuilder.BuildAsync(new BuildOptions
        {
            Root = site.Root,
            DefaultTheme = new DirectoryThemeLayer(RepoPaths.Theme, "theme"),
            Strict = point == CancelPoint.DuringTheStrictCheck,
            Progress = trigger,
        }, cancellation.Token));

        Assert.True(point == CancelPoint.BeforeItStarts || trigger.Fired, $"the build never reached {point}");
        var after = HtmlPages.Snapshot(site.Output);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (file, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[file]), $"{file} changed");
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.sitegen-*"));

        // The next build is not held back by anything the cancelled one left.
        Assert.Equal(0, (await site.BuildLibraryAsync()).ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, "artikel", "berita-199", "index.html")));
    }

    /// <summary>Cancels a build the first time a progress report matches; called from the writing threads.</summary>
    private sealed class CancelWhen(CancellationTokenSource cancellation, Func<BuildProgress, bool> when) : IProgress<BuildProgress>
    {
        private int _fired;

        public bool Fired => Volatile.Read(ref _fired) == 1;

        public void Report(BuildProgress value)
        {
            if (when(value) && Interlocked.Exchange(ref _fired, 1) == 0) cancellation.Cancel();
        }
    }

    [Fact]
    public async Task SlugCollisionsGetNumberedInSourceOrderWithAWarning()
    {
        using var site = new TempSite(copySeed: false);
        site.WriteSeed("b.txt", "Judul Sama\nIsi b.");
        site.WriteSeed("a.txt", "Judul Sama\nIsi a.");
        var run = await site.BuildAsync();
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("seeds/b.txt: warning:", run.Error);
        Assert.Contains("Isi a.", site.ReadOutput("artikel/judul-sama/index.html"));
        Assert.Contains("Isi b.", site.ReadOutput("artikel/judul-sama-2/index.html"));
    }
}
