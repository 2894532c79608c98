using SiteGen.Build;
using SiteGen.Rendering;
using SiteGen.Search;
using SiteGen.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>
/// How a build treats Pagefind being missing, failing, hanging or working, with small scripts standing in for it
/// (the real Pagefind is tested in Search/). Whatever Pagefind does, the site is complete.
/// </summary>
public sealed class PagefindIndexerTests : IDisposable
{
    private readonly DirectoryInfo _tools = Directory.CreateTempSubdirectory("sitegen-fake-pagefind-");

    public void Dispose() => _tools.Delete(recursive: true);

    private string Fake(string body) => ExternalProcess.WriteScript(Path.Combine(_tools.FullName, Guid.NewGuid().ToString("N")), body);

    /// <summary>Writes what Pagefind writes: pagefind/pagefind-entry.json with a page count, and a UI file.</summary>
    private string Working() => Fake("""
        [ "$1" = --site ] || exit 9
        mkdir -p "$2/pagefind"
        echo '{"version":"1.6.0","languages":{"id":{"hash":"id_x","wasm":"id","page_count":3}}}' > "$2/pagefind/pagefind-entry.json"
        echo '/* ui */' > "$2/pagefind/pagefind-ui.js"
        echo '/* ui */' > "$2/pagefind/pagefind-ui.css"
        echo "Indexed 3 pages"
        """);

    private static Task<BuildResult> Build(TempSite site, string? pagefind) => SiteBuilder.BuildAsync(new BuildOptions
    {
        Root = site.Root,
        DefaultTheme = new DirectoryThemeLayer(RepoPaths.Theme, "theme"),
        Pagefind = pagefind,
    });

    private static void AssertSiteComplete(TempSite site)
    {
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "cari", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "2023", "07", "27", "ngeri-rusia-dan-korut-bakal-perkuat-kerja-sama-pertahanan", "index.html")));
    }

    [Fact]
    public async Task AWorkingPagefindIndexesTheStagedSiteBeforeItIsSwappedIn()
    {
        using var site = new TempSite();
        var result = await Build(site, Working());

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(SearchIndexStatus.Indexed, result.Search.Status);
        Assert.Equal(3, result.Search.PagesIndexed);
        Assert.Contains("3 pages indexed", result.Search.Message);
        Assert.True(File.Exists(Path.Combine(site.Output, "pagefind", "pagefind-entry.json")));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task AFailingPagefindIsOneWarningAndLeavesNoHalfWrittenIndex()
    {
        using var site = new TempSite();
        var result = await Build(site, Fake("""mkdir -p "$2/pagefind"; echo partial > "$2/pagefind/x"; echo "Error: cannot parse" >&2; exit 3"""));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(SearchIndexStatus.Failed, result.Search.Status);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("pagefind", warning.File);
        Assert.Contains("exited with code 3: Error: cannot parse", warning.Message);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "pagefind")));
        AssertSiteComplete(site);
    }

    [Fact]
    public async Task AFailingPagefindFailsAStrictBuildAMissingOneDoesNot()
    {
        using var site = new TempSite();
        var pagefind = Fake("exit 1");
        var run = await site.BuildAsync("--strict", "--progress", "none");
        Assert.Equal(0, run.ExitCode); // not installed: a note, not a warning
        var strict = await SiteBuilder.BuildAsync(new BuildOptions
        {
            Root = site.Root, Strict = true, Pagefind = pagefind,
            DefaultTheme = new DirectoryThemeLayer(RepoPaths.Theme, "theme"),
        });
        Assert.Equal(1, strict.ExitCode);
    }

    [Fact]
    public async Task APagefindThatHangsIsStoppedAfterItsTimeLimit()
    {
        var folder = Directory.CreateTempSubdirectory("sitegen-hang-");
        try
        {
            var indexer = new PagefindIndexer(Fake("""mkdir -p "$2/pagefind"; sleep 60"""), TimeSpan.FromSeconds(1));
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var outcome = await indexer.IndexAsync(folder.FullName);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
            Assert.Equal(SearchIndexStatus.Failed, outcome.Status);
            Assert.Contains("did not finish within 1 s", outcome.Message);
            Assert.False(Directory.Exists(Path.Combine(folder.FullName, "pagefind")));
        }
        finally { folder.Delete(recursive: true); }
    }

    [Fact]
    public async Task PagefindWithoutNodeIsSkippedWithHowToEnableIt()
    {
        // What node_modules/.bin/pagefind does on a machine without Node.js: /usr/bin/env cannot find `node`.
        using var site = new TempSite();
        var result = await Build(site, Fake("""echo "/usr/bin/env: 'node': No such file or directory" >&2; exit 127"""));
        Assert.Equal(SearchIndexStatus.Skipped, result.Search.Status);
        Assert.Contains("install Node.js and run 'npm ci' in the site root", result.Search.Message);
        Assert.Empty(result.Diagnostics);
        AssertSiteComplete(site);
    }

    [Fact]
    public async Task APagefindPathThatDoesNotExistIsReportedNotIgnored()
    {
        using var site = new TempSite();
        var result = await Build(site, Path.Combine(_tools.FullName, "no-such-pagefind"));
        Assert.Equal(SearchIndexStatus.Failed, result.Search.Status);
        Assert.Contains("does not exist (check SITEGEN_PAGEFIND)", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public async Task WithoutPagefindTheCliPrintsOneLineSayingHowToEnableSearch()
    {
        using var site = new TempSite();
        var run = await site.BuildAsync("--progress", "none");
        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(PagefindIndexer.NotInstalled, line);
        Assert.Contains("npm ci", line);
        AssertSiteComplete(site);
    }

    [Fact]
    public async Task SearchDisabledRunsNoIndexerAndMakesNoSearchPage()
    {
        using var site = new TempSite();
        var yml = File.ReadAllText(Path.Combine(site.Root, "input", "site.yml")).Replace("search:\n  enabled: true", "search:\n  enabled: false");
        Assert.Contains("enabled: false", yml);
        File.WriteAllText(Path.Combine(site.Root, "input", "site.yml"), yml);
        var marker = Path.Combine(_tools.FullName, "ran");
        var result = await Build(site, Fake($"touch '{marker}'"));

        Assert.Equal(SearchIndexStatus.Disabled, result.Search.Status);
        Assert.False(File.Exists(marker));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "cari")));
        Assert.Empty(HtmlPages.Load(Path.Combine(site.Output, "index.html")).QuerySelectorAll("form[role=search]"));
    }

    [Fact]
    public void TheLocatorFindsNodeModulesInTheSiteOrAFolderAbove()
    {
        var top = Directory.CreateTempSubdirectory("sitegen-locate-");
        try
        {
            var site = Directory.CreateDirectory(Path.Combine(top.FullName, "repo", "sites", "arsip")).FullName;
            Assert.Null(PagefindLocator.Find(site, configured: null));

            var above = Path.Combine(top.FullName, "repo", "node_modules", ".bin", "pagefind");
            Directory.CreateDirectory(Path.GetDirectoryName(above)!);
            File.WriteAllText(above, "");
            Assert.Equal(above, PagefindLocator.Find(site, configured: null));

            var own = Path.Combine(site, "node_modules", ".bin", "pagefind");
            Directory.CreateDirectory(Path.GetDirectoryName(own)!);
            File.WriteAllText(own, "");
            Assert.Equal(own, PagefindLocator.Find(site, configured: null));

            Assert.Equal("/opt/pagefind", PagefindLocator.Find(site, configured: "/opt/pagefind"));
        }
        finally { top.Delete(recursive: true); }
    }
}
