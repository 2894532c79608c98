using System.Text;
using SiteGen.Build;
using SiteGen.Rendering;
using SiteGen.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Golden;

/// <summary>
/// The fixture site (the bundled seed, input/ and the default theme, plus the articles in Golden/Site/seeds, hostile
/// ones among them) builds to the pages in Golden/Expected, byte for byte. A theme or inference change shows up here
/// as a readable diff; <c>SITEGEN_UPDATE_GOLDEN=1</c> rewrites the expected pages (see <see cref="GoldenFiles"/>).
/// </summary>
public sealed class GoldenPagesTests(GoldenPagesTests.FixtureBuild build) : IClassFixture<GoldenPagesTests.FixtureBuild>
{
    /// <summary>A base URL with a sub-path, so every link shows that it carries it.</summary>
    public const string BaseUrl = "https://contoh.example/arsip-berita/";

    /// <summary>The pages compared, by their path in the output: one of each kind a reader meets, and the feed and sitemap.</summary>
    public static readonly string[] Pages =
    [
        "index.html",                                   // home
        "2023/07/28/tanggul-jebol-bekasi/index.html",   // an article: front matter date, tags and section
        "2023/07/27/markup-liar/index.html",            // an article whose every field tries to inject markup
        "tag/banjir/index.html",                        // a tag page
        "tag/index.html",                               // the tag index
        "arsip/2023/07/index.html",                     // a month of the date archive
        "feed.xml",                                     // the site's Atom feed
        "sitemap.xml",
    ];

    /// <summary>What the build said about the fixture articles: its exit code and every diagnostic, one per line.</summary>
    public const string DiagnosticsFile = "diagnostics.txt";

    public static TheoryData<string> PageNames => new(Pages);

    [Theory]
    [MemberData(nameof(PageNames))]
    public void A_page_is_as_its_golden_file(string page)
    {
        var file = Path.Combine(build.Site.Output, page);
        Assert.True(File.Exists(file), $"the fixture build wrote no {page}; it wrote: {string.Join(", ", build.Written.Take(40))}…");
        GoldenFiles.Check(page, File.ReadAllBytes(file));
    }

    [Fact]
    public void The_build_reports_what_its_golden_file_says()
    {
        var text = new StringBuilder().Append("exit code ").Append(build.Result.ExitCode).Append('\n');
        foreach (var d in build.Result.Diagnostics) text.Append(d).Append('\n');
        GoldenFiles.Check(DiagnosticsFile, Encoding.UTF8.GetBytes(text.ToString()));
    }

    [Fact]
    public void Every_golden_file_is_one_the_tests_compare()
    {
        if (GoldenFiles.Updating || !Directory.Exists(GoldenFiles.Expected)) return;
        var compared = Pages.Append(DiagnosticsFile).ToHashSet(StringComparer.Ordinal);
        var stale = Directory.EnumerateFiles(GoldenFiles.Expected, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(GoldenFiles.Expected, f).Replace('\\', '/'))
            .Where(f => !compared.Contains(f))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(stale.Count == 0, $"golden files no test compares (delete them or add them to {nameof(Pages)}): {string.Join(", ", stale)}");
    }

    /// <summary>One build of the fixture site for every page of the class.</summary>
    public sealed class FixtureBuild : IAsyncLifetime
    {
        public TempSite Site { get; } = new(copyInput: true, copyTheme: false, copySeed: true);
        public BuildResult Result { get; private set; } = null!;
        public IReadOnlyList<string> Written { get; private set; } = [];

        public async Task InitializeAsync()
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(GoldenFiles.Folder, "Site", "seeds")))
                File.Copy(file, Path.Combine(Site.Seeds, Path.GetFileName(file)));
            Result = await SiteBuilder.BuildAsync(new BuildOptions
            {
                Root = Site.Root,
                Output = Site.Output,
                BaseUrl = BaseUrl,
                DefaultTheme = new DirectoryThemeLayer(RepoPaths.Theme, "theme"),
                NoCache = true,
                // Whether Pagefind is installed must not change the pages: the search UI's files depend on it.
                SearchIndex = false,
            });
            Written = Directory.Exists(Site.Output)
                ? Directory.EnumerateFiles(Site.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Site.Output, f)).Order(StringComparer.Ordinal).ToList()
                : [];
        }

        public Task DisposeAsync()
        {
            Site.Dispose();
            return Task.CompletedTask;
        }
    }
}
