using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Tools;

/// <summary>
/// The built archive judged by tools nobody here wrote: the Nu Html Checker finds no HTML errors and linkinator,
/// crawling the served folder with fragments checked, finds no broken link.
/// </summary>
public sealed class BuiltSiteValidationTests(ITestOutputHelper log)
{
    private static async Task<TempSite> BuildBundledSite()
    {
        var site = new TempSite(copySeed: false);
        foreach (var seed in Directory.EnumerateFiles(RepoPaths.Seeds)) File.Copy(seed, Path.Combine(site.Root, "seeds", Path.GetFileName(seed)));
        // The site.yml base URL is another host, so canonical and feed URLs are external to linkinator's crawl,
        // while every root-relative link in the pages is followed on the local server.
        var run = await site.BuildAsync();
        Assert.Equal(0, run.ExitCode);
        return site;
    }

    [SkippableFact]
    public async Task TheBundledSiteHasNoHtmlErrors()
    {
        NuHtmlChecker.RequireInstalled();
        using var site = await BuildBundledSite();
        var messages = await NuHtmlChecker.CheckFolderAsync(site.Output);
        foreach (var m in messages) log.WriteLine(m.ToString());
        Assert.Empty(messages);
    }

    [SkippableFact]
    public async Task TheBundledSiteHasNoBrokenLinks()
    {
        Linkinator.RequireInstalled();
        using var site = await BuildBundledSite();
        var result = await Linkinator.CheckFolderAsync(site.Output);
        foreach (var b in result.Broken) log.WriteLine(b.ToString());
        Assert.Empty(result.Broken);
        Assert.True(result.Passed);
        Assert.True(result.LinksVisited > 5, $"only {result.LinksVisited} links visited");
    }
}
