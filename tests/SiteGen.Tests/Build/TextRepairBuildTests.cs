using System.Text.Json;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>
/// Text repair in a whole build: pages show repaired text, the build says what it repaired in one line, blank
/// articles get no page, <c>sitegen list</c> tells both, and the files on disk stay as they were.
/// </summary>
public class TextRepairBuildTests
{
    private const string SeedPage = "2023/07/27/ngeri-rusia-dan-korut-bakal-perkuat-kerja-sama-pertahanan/index.html";

    // Short shapes of the real corpus's Okezone and iNews articles.
    private const string Okezone = "---\ndate: 2019-09-18\n---\nSapi‚ÄìSawit Jadi Andalan\n‚Äì Menteri Pertanian tiba,, kata dia.\nBaca juga:\n‚ÄúKami siap,‚Äù ujarnya.";
    private const string INews = "---\ndate: 2019-09-19\n---\nGempa Guncang Blitar\nBLITAR, iNews.id - Gempa terjadi pagi ini. Baca Juga Update Gempa Hari Ini M 3,6 Guncang Blitar Jatim, Berpusat di Laut BMKG menyarankan masyarakat tetap tenang.";
    private const string Quiz = "Kuis: Tebak Gambar Ini";

    private static TempSite ScrapedSite()
    {
        var site = new TempSite();
        site.WriteSeed("okezone.txt", Okezone);
        site.WriteSeed("inews.txt", INews);
        site.WriteSeed("kuis.txt", Quiz);
        return site;
    }

    private static IEnumerable<string> Pages(TempSite site) => Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories);

    [Fact]
    public async Task PagesShowTheRepairedTextAndTheBuildSaysSoInOneLine()
    {
        using var site = ScrapedSite();
        var run = await site.BuildAsync();
        Assert.Equal(0, run.ExitCode);

        var summary = Assert.Single(run.Output.Split('\n'), l => l.StartsWith("repaired text", StringComparison.Ordinal));
        Assert.Equal("repaired text in 2 articles: mojibake 1, teaser 2, debris 1", summary);
        Assert.DoesNotContain("okezone.txt", run.Error, StringComparison.Ordinal); // no warning per repaired article
        Assert.DoesNotContain("inews.txt", run.Error, StringComparison.Ordinal);

        var okezone = HtmlPages.Load(Path.Combine(site.Output, "2019/09/18/sapi-sawit-jadi-andalan/index.html"));
        Assert.Equal("Sapi–Sawit Jadi Andalan", okezone.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Menteri Pertanian tiba, kata dia.", "“Kami siap,” ujarnya."], okezone.QuerySelectorAll(".article-body p").Select(p => p.TextContent));
        var inews = HtmlPages.Load(Path.Combine(site.Output, "2019/09/19/gempa-guncang-blitar/index.html"));
        Assert.Equal(["Gempa terjadi pagi ini.", "BMKG menyarankan masyarakat tetap tenang."], inews.QuerySelectorAll(".article-body p").Select(p => p.TextContent));
        foreach (var page in Pages(site))
        {
            var text = System.Net.WebUtility.HtmlDecode(File.ReadAllText(page));
            Assert.DoesNotContain("‚Ä", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Baca", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RepairsDoNotFailAStrictBuild()
    {
        using var site = ScrapedSite();
        File.Delete(Path.Combine(site.Seeds, "kuis.txt")); // its warning would, as any warning does under --strict
        var run = await site.BuildAsync("--strict");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("repaired text in 2 articles", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATitleWithoutBodyGetsNoPageAndAWarningNamingItsFile()
    {
        using var site = ScrapedSite();
        var run = await site.BuildAsync();
        Assert.Contains("seeds/kuis.txt:1: warning: has a title but no body text; left out of the site", run.Error, StringComparison.Ordinal);
        Assert.Contains("3 articles", run.Output, StringComparison.Ordinal); // the seed and the two repaired ones
        Assert.DoesNotContain(Pages(site), p => File.ReadAllText(p).Contains("Tebak Gambar", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ABlankArticleTakesNoUrlFromAPublishedOneWithTheSameTitle()
    {
        using var site = new TempSite();
        // "a-" sorts first, so a blank article that went through URL inference would take the plain slug.
        site.WriteSeed("a-kuis.txt", "---\ndate: 2019-09-20\n---\n" + Quiz);
        site.WriteSeed("b-kuis.txt", "---\ndate: 2019-09-20\n---\n" + Quiz + "\nJAKARTA, iNews.id - Jawabannya ada di sini.\nEditor: Rina");
        var run = await site.BuildAsync();
        Assert.DoesNotContain("collides", run.Error, StringComparison.Ordinal);
        var page = HtmlPages.Load(Path.Combine(site.Output, "2019/09/20/kuis-tebak-gambar-ini/index.html"));
        Assert.Equal(["Jawabannya ada di sini."], page.QuerySelectorAll(".article-body p").Select(p => p.TextContent));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "2019/09/20/kuis-tebak-gambar-ini-2")));
    }

    [Fact]
    public async Task FrontMatterDraftFalseStillPublishesIt()
    {
        using var site = new TempSite();
        site.WriteSeed("kuis.txt", "---\ndraft: false\ndate: 2019-09-20\n---\n" + Quiz);
        var run = await site.BuildAsync();
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, "2019/09/20/kuis-tebak-gambar-ini/index.html")));
    }

    [Fact]
    public async Task ListShowsEachArticlesRepairsAndTheBlankOneWithItsStatus()
    {
        using var site = ScrapedSite();
        var run = await site.RunAsync("list", "--format", "json");
        using var json = JsonDocument.Parse(run.Output);
        var rows = json.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("sourcePath").GetString()!);

        string[] Repairs(string file) => rows[file].GetProperty("repairs").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(["mojibake", "teaser", "debris"], Repairs("seeds/okezone.txt"));
        Assert.Equal(["teaser"], Repairs("seeds/inews.txt"));
        Assert.Empty(Repairs("seeds/000_bba47c1f16d6e6cf.txt"));
        Assert.Equal("published", rows["seeds/okezone.txt"].GetProperty("status").GetString());
        Assert.Equal("blank", rows["seeds/kuis.txt"].GetProperty("status").GetString());
        Assert.Contains(rows["seeds/kuis.txt"].GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("no body text", StringComparison.Ordinal));

        var csv = await site.RunAsync("list");
        Assert.EndsWith(",warnings,status,repairs,tagReasons", csv.Output.Split('\n')[0].TrimEnd('\r'), StringComparison.Ordinal);
        Assert.Contains("\"published\",\"mojibake; teaser; debris\"", csv.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSeedFilesOnDiskAreNeverChanged()
    {
        using var site = ScrapedSite();
        var before = HtmlPages.Snapshot(site.Seeds);
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        Assert.Equal(before, HtmlPages.Snapshot(site.Seeds));
    }

    [Fact]
    public async Task WithRepairOffPagesKeepTheTextAsTheFilesHaveIt()
    {
        using var site = ScrapedSite();
        site.Settings(File.ReadAllText(Path.Combine(site.Root, "input", "site.yml")).Replace("text:\n  repair: true", "text:\n  repair: false"));
        var run = await site.BuildAsync();
        Assert.DoesNotContain("repaired text", run.Output, StringComparison.Ordinal);
        var okezone = Directory.EnumerateFiles(Path.Combine(site.Output, "2019/09/18"), "index.html", SearchOption.AllDirectories).Select(HtmlPages.Load).Single();
        Assert.Equal("Sapi‚ÄìSawit Jadi Andalan", okezone.QuerySelector("h1")!.TextContent);
        Assert.Contains("‚ÄúKami siap,‚Äù ujarnya.", okezone.QuerySelectorAll(".article-body p").Select(p => p.TextContent));
        Assert.Contains("Baca juga:", okezone.QuerySelectorAll(".article-body p").Select(p => p.TextContent));
    }

    [Fact]
    public async Task TheSeedArticlesPageIsTheSameByteForByteWithRepairsOnOrOff()
    {
        using var on = new TempSite();
        using var off = new TempSite();
        off.Settings(File.ReadAllText(Path.Combine(off.Root, "input", "site.yml")).Replace("text:\n  repair: true", "text:\n  repair: false"));
        Assert.Equal(0, (await on.BuildAsync()).ExitCode);
        Assert.Equal(0, (await off.BuildAsync()).ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(off.Output, SeedPage)), File.ReadAllBytes(Path.Combine(on.Output, SeedPage)));
    }
}
