using SiteGen.Model;
using SiteGen.Modules.Taxonomies;
using SiteGen.Tests.Kit;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Modules;

/// <summary>Archive pages, alone: the tag pages and tag index of a handful of articles, rendered and read as a reader would.</summary>
public sealed class TaxonomyPagesModuleTests
{
    [Fact]
    public async Task ATagPageListsItsArticlesNewestFirstAndTheIndexListsTheTags()
    {
        using var site = new FakeSite(new SiteSettings { BaseUrl = "https://contoh.example/arsip/" });
        var processed = await ArticleDocuments.ProcessedAsync(site,
            Articles.Make("lama.txt", "2023-07-27", ["Banjir"]),
            Articles.Make("baru.txt", "2023-07-28", ["Banjir", "Gempa"]),
            Articles.Make("lain.txt", "2023-07-29", ["Gempa"]));

        var pages = await site.RunAsync(new TaxonomyPagesModule(), [], site.After(processed));

        var banjir = BuiltSite.Parse(Assert.Single(pages, p => p.Destination == "tag/banjir/index.html").ReadContent());
        var links = banjir.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToList();
        var baru = links.IndexOf("/arsip/artikel/baru/");
        var lama = links.IndexOf("/arsip/artikel/lama/");
        Assert.True(baru >= 0 && lama > baru, $"the newest article first: {string.Join(", ", links)}");
        Assert.DoesNotContain("/arsip/artikel/lain/", links);

        var index = BuiltSite.Parse(Assert.Single(pages, p => p.Destination == "tag/index.html").ReadContent());
        var terms = index.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/arsip/tag/banjir/", terms);
        Assert.Contains("/arsip/tag/gempa/", terms);
    }
}
