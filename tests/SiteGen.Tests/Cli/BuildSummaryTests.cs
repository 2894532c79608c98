using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>The closing line of <c>sitegen build</c>: counts with their nouns, singular for one.</summary>
public class BuildSummaryTests
{
    [Fact]
    public async Task OneArticleAndOneErrorAreSingular()
    {
        using var site = new TempSite(); // the bundled seed: one article
        site.WriteSeed("kosong.txt", "");  // an empty file: one error
        var run = await site.BuildAsync("--progress", "none");
        Assert.Equal(1, run.ExitCode);
        var summary = run.Output.Trim().Split('\n')[^1];
        Assert.Matches(@"^built with errors into .+: 1 article, \d+ files written, 0 warnings, 1 error in [0-9.]+ s$", summary);
    }

    [Fact]
    public async Task OtherCountsArePlural()
    {
        using var site = new TempSite();
        site.Article("dua.txt", "Berita Kedua tentang Banjir", "2023-07-28", ["Banjir"]);
        var run = await site.BuildAsync("--progress", "none");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@": 2 articles, \d+ files written, 0 warnings, 0 errors in ", run.Output);
    }
}
