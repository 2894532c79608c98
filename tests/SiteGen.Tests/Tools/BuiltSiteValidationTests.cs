using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Tools;

/// <summary>
/// The built archive judged by tools nobody here wrote: the Nu Html Checker finds no HTML errors and linkinator,
/// crawling the served folder with fragments checked, finds no broken link. Both for the bundled site and for a
/// generated corpus of a few hundred articles, whose pagination, archives and term pages the bundled site is too
/// small to have.
/// </summary>
public sealed class BuiltSiteValidationTests(ITestOutputHelper log, GeneratedCorpusSite generated) : IClassFixture<GeneratedCorpusSite>
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

    [SkippableFact]
    public async Task TheGeneratedCorpusHasNoHtmlErrors()
    {
        NuHtmlChecker.RequireInstalled();
        var site = await generated.Site;
        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories).Length;
        Assert.True(pages > GeneratedCorpusSite.Articles, $"only {pages} pages");
        var messages = await NuHtmlChecker.CheckFolderAsync(site.Output);
        foreach (var m in messages) log.WriteLine(m.ToString());
        Assert.Empty(messages);
    }

    [SkippableFact]
    public async Task TheGeneratedCorpusHasNoBrokenLinks()
    {
        Linkinator.RequireInstalled();
        var site = await generated.Site;
        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories).Length;
        var result = await Linkinator.CheckFolderAsync(site.Output);
        foreach (var b in result.Broken) log.WriteLine(b.ToString());
        Assert.Empty(result.Broken);
        Assert.True(result.Passed);
        // linkinator lists each distinct URL once. Every page is linked from another but the 404 page and the search
        // page (reached through the search form), so a crawl that reached them all visited at least that many.
        Assert.True(result.LinksVisited >= pages - 2, $"{result.LinksVisited} links visited for {pages} pages");
    }
}
