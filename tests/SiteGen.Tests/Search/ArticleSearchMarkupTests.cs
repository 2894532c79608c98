using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>What the article template tells Pagefind: index the article, not the navigation; filter and sort by these.</summary>
public class ArticleSearchMarkupTests
{
    private const string SeedPage = "2023/07/27/ngeri-rusia-dan-korut-bakal-perkuat-kerja-sama-pertahanan/index.html";

    [Fact]
    public async Task ADatedArticleHasItsBodyTagsRubrikMonthAndDateMarkedForPagefind()
    {
        using var site = new TempSite();
        site.WriteSeed("banjir.txt", "---\ndate: 2024-02-10\ntags: [Banjir, Jakarta]\nsection: Megapolitan\n---\nBanjir Rendam Jakarta Timur\nJAKARTA - Banjir merendam ribuan rumah.\nWarga mengungsi.\n");
        Assert.Equal(0, (await site.BuildAsync("--progress", "none")).ExitCode);
        var doc = HtmlPages.Load(Path.Combine(site.Output, "2024", "02", "10", "banjir-rendam-jakarta-timur", "index.html"));

        var body = Assert.Single(doc.QuerySelectorAll("[data-pagefind-body]"));
        Assert.Equal("ARTICLE", body.TagName);
        Assert.Equal("Banjir Rendam Jakarta Timur", body.QuerySelector("h1")!.TextContent);
        Assert.Contains("Warga mengungsi.", body.TextContent);
        // Site navigation, the search box and related links stay outside what Pagefind reads.
        Assert.Null(body.Closest("header.site-header"));
        Assert.Null(body.QuerySelector("nav.site-nav, form, .related, .prev-next"));

        Assert.Equal(["Banjir", "Jakarta"], body.QuerySelectorAll("[data-pagefind-filter=tag]").Select(e => e.TextContent));
        Assert.Equal("Megapolitan", body.QuerySelector("[data-pagefind-filter=rubrik]")!.TextContent);
        var time = body.QuerySelector("time")!;
        Assert.Equal("bulan:2024-02", time.GetAttribute("data-pagefind-filter"));
        Assert.Equal("date:2024-02-10", time.GetAttribute("data-pagefind-sort"));
        // Search results show the date as the site's lists write it.
        Assert.Equal("tanggal:Sabtu, 10 Februari 2024", time.GetAttribute("data-pagefind-meta"));
        // The meta line and footer give filters but are not search text.
        Assert.All(body.QuerySelectorAll("[data-pagefind-filter]"), e => Assert.NotNull(e.Closest("[data-pagefind-ignore]")));
    }

    [Fact]
    public async Task AnUndatedArticleHasNoDateSortOrMonthFilter()
    {
        using var site = new TempSite();
        site.WriteSeed("tanpa-tanggal.txt", "Berita Tanpa Tanggal\nJAKARTA - Isi yang tidak menyebut hari apa pun.\n");
        Assert.Equal(0, (await site.BuildAsync("--progress", "none")).ExitCode);
        var doc = HtmlPages.Load(Path.Combine(site.Output, "artikel", "berita-tanpa-tanggal", "index.html"));
        Assert.NotNull(doc.QuerySelector("article[data-pagefind-body]"));
        Assert.Empty(doc.QuerySelectorAll("[data-pagefind-sort], [data-pagefind-meta]"));
        Assert.DoesNotContain(doc.QuerySelectorAll("[data-pagefind-filter]"), e => e.GetAttribute("data-pagefind-filter")!.StartsWith("bulan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnlyArticlePagesAreMarkedForIndexing()
    {
        using var site = new TempSite();
        Assert.Equal(0, (await site.BuildAsync("--progress", "none")).ExitCode);
        foreach (var page in new[] { "index.html", "cari/index.html", "tentang/index.html", "404.html" })
            Assert.Empty(HtmlPages.Load(Path.Combine(site.Output, page)).QuerySelectorAll("[data-pagefind-body]"));
    }
}
