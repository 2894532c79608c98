using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>The search page and the header's search box, on a site served from a sub-path.</summary>
public class SearchPageTests
{
    private const string BaseUrl = "https://contoh.org/arsip-berita/";

    [Fact]
    public async Task TheSearchPageLoadsPagefindFromTheSubPathAndOffersLinksWithoutJavaScript()
    {
        using var site = new TempSite();
        Assert.Equal(0, (await site.BuildAsync("--base-url", BaseUrl, "--progress", "none", "--pagefind", "/bin/true")).ExitCode);
        var html = site.ReadOutput("cari/index.html");
        var doc = HtmlPages.Parse(html);

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Equal("Cari berita", Assert.Single(doc.QuerySelectorAll("h1")).TextContent);
        Assert.Equal(BaseUrl + "cari/", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var ids = doc.All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id)).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);

        // External files only, in order: Pagefind's UI, then search.js, which starts it.
        Assert.Contains(doc.Head!.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href") == "/arsip-berita/pagefind/pagefind-ui.css");
        var scripts = doc.QuerySelectorAll("script[src]").ToList();
        Assert.Equal(2, scripts.Count);
        Assert.Equal("/arsip-berita/pagefind/pagefind-ui.js", scripts[0].GetAttribute("src"));
        Assert.Matches(@"^/arsip-berita/assets/search\.[0-9a-f]{10}\.js$", scripts[1].GetAttribute("src"));
        Assert.All(scripts, s => Assert.True(s.HasAttribute("defer")));
        Assert.True(File.Exists(Path.Combine(site.Output, scripts[1].GetAttribute("src")!["/arsip-berita/".Length..])));

        var host = doc.GetElementById("pencarian")!;
        Assert.Equal("/arsip-berita/pagefind/", host.GetAttribute("data-bundle-path"));
        Assert.Equal("/arsip-berita/", host.GetAttribute("data-base-url"));
        Assert.False(string.IsNullOrWhiteSpace(host.GetAttribute("data-unavailable")));

        // Without JavaScript: a way into the archive and every taxonomy index.
        Assert.NotNull(doc.QuerySelector("noscript"));
        var links = doc.QuerySelectorAll(".search-browse a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/arsip-berita/arsip/", links);
        Assert.Contains("/arsip-berita/tag/", links);
        Assert.Contains("/arsip-berita/rubrik/", links);
    }

    [Fact]
    public async Task EveryPageButTheSearchPageHasAPlainSearchFormThatSendsQToTheSearchPage()
    {
        using var site = new TempSite();
        Assert.Equal(0, (await site.BuildAsync("--base-url", BaseUrl, "--progress", "none", "--pagefind", "/bin/true")).ExitCode);
        var searchPage = Path.Combine(site.Output, "cari", "index.html");
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Where(p => p != searchPage).ToList();
        Assert.True(pages.Count >= 4);
        // The search page has one search box, its own: the header's form would be a second one.
        var search = HtmlPages.Load(searchPage);
        Assert.Null(search.QuerySelector("form[role=search], input[type=search]"));
        Assert.Single(search.QuerySelectorAll("#pencarian"));
        foreach (var page in pages)
        {
            var doc = HtmlPages.Load(page);
            var form = doc.QuerySelector("header form[role=search]");
            Assert.NotNull(form);
            Assert.Equal("/arsip-berita/cari/", form.GetAttribute("action"));
            Assert.Equal("get", form.GetAttribute("method"));
            var input = form.QuerySelector("input[name=q]")!;
            Assert.Equal("search", input.GetAttribute("type"));
            Assert.NotNull(form.QuerySelector($"label[for='{input.Id}']"));
        }
    }
}
