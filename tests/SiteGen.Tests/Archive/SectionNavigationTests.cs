using AngleSharp.Dom;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Archive;

/// <summary>
/// Browsing by rubrik as a reader does: the main navigation names the site's sections that have articles, in
/// site.yml's order, each a link to its rubrik page; every list item and article carries its section's label; the
/// home page's first page shows the newest few of each section below the latest stories.
/// </summary>
public sealed class SectionNavigationTests : IDisposable
{
    private readonly TempSite _site = new(copyInput: true, copySeed: true);

    public void Dispose() => _site.Dispose();

    private void WriteArticles()
    {
        for (var i = 1; i <= 5; i++)
            _site.Article($"bola-{i}.txt", $"Laga Pekan {i}", $"2023-08-0{i}", ["Liga 1"], section: "Olahraga");
        _site.Article("saham.txt", "Saham Naik", "2023-08-06", ["Bursa"], section: "Ekonomi");
        _site.Article("umrah.txt", "Jamaah Umrah Berangkat", "2023-08-07", ["Umrah"], section: "Religi");
    }

    private BuiltSite Out => new(_site.Output);

    private static IReadOnlyList<(string Text, string Href)> Menu(IDocument page) =>
        page.QuerySelectorAll("nav.site-nav a").Select(a => (a.TextContent, a.GetAttribute("href")!)).ToList();

    [Fact]
    public async Task The_navigation_lists_sections_with_articles_in_site_order_on_every_page_and_each_link_resolves()
    {
        WriteArticles();
        Assert.Equal(0, (await _site.BuildAsync()).ExitCode);

        // site.yml lists Nasional, Daerah, Metro, Internasional, Ekonomi, Olahraga, Hiburan, Gaya Hidup, Teknologi, Religi;
        // the bundled seed (Russia and North Korea) is classified Internasional, the others declare theirs.
        var expected = new[] { ("Internasional", "/rubrik/internasional/"), ("Ekonomi", "/rubrik/ekonomi/"), ("Olahraga", "/rubrik/olahraga/"), ("Religi", "/rubrik/religi/") };
        foreach (var path in new[] { "/", "/tentang/", "/rubrik/", "/rubrik/olahraga/", "/2023/08/06/saham-naik/" })
        {
            var menu = Menu(Out.Html(path));
            var sections = menu.SkipWhile(l => l.Text != "Beranda").Skip(1).TakeWhile(l => l.Text != "Arsip").ToList();
            Assert.Equal(expected, sections);
        }
        foreach (var (name, href) in expected)
        {
            Assert.True(Out.Exists(href), $"{href} has no page");
            Assert.EndsWith(name, Out.Html(href).QuerySelector("h1")!.TextContent.Trim());
            Assert.NotEmpty(BuiltSite.Items(Out.Html(href)));
        }
    }

    [Fact]
    public async Task Every_list_item_and_article_shows_its_section_linked_to_its_rubrik_page()
    {
        WriteArticles();
        Assert.Equal(0, (await _site.BuildAsync()).ExitCode);

        var kickers = Out.Html("/tag/liga-1/").QuerySelectorAll("ol.article-list > li .kicker a");
        Assert.Equal(5, kickers.Length);
        Assert.All(kickers, a => Assert.Equal(("Olahraga", "/rubrik/olahraga/"), (a.TextContent, a.GetAttribute("href")!)));

        var article = Out.Html("/2023/08/07/jamaah-umrah-berangkat/");
        var label = article.QuerySelector("article p.section a")!;
        Assert.Equal(("Religi", "/rubrik/religi/"), (label.TextContent, label.GetAttribute("href")!));
    }

    [Fact]
    public async Task The_first_home_page_shows_the_newest_of_each_section_in_menu_order_and_later_pages_do_not()
    {
        WriteArticles();
        var settings = Path.Combine(_site.Root, "input", "site.yml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("pageSize: 20", "pageSize: 3").Replace("homeItems: 4", "homeItems: 2"));
        Assert.Equal(0, (await _site.BuildAsync()).ExitCode);

        var blocks = Out.Html("/").QuerySelectorAll("section.section-blocks > section.section-block");
        Assert.Equal(["Internasional", "Ekonomi", "Olahraga", "Religi"], blocks.Select(b => b.QuerySelector("h2")!.TextContent));
        foreach (var block in blocks)
        {
            // The heading labels its block and links to the rubrik page.
            var heading = block.QuerySelector("h2")!;
            Assert.Equal(heading.Id, block.GetAttribute("aria-labelledby"));
            Assert.True(Out.Exists(heading.QuerySelector("a")!.GetAttribute("href")!));
        }
        // The block's heading names the section: its items repeat no label, and their headlines are h3 under it.
        Assert.All(blocks, b => Assert.Empty(b.QuerySelectorAll(".kicker, li h2")));
        var sport = blocks.Single(b => b.QuerySelector("h2")!.TextContent == "Olahraga");
        Assert.Equal(["Laga Pekan 5", "Laga Pekan 4"], sport.QuerySelectorAll("ol.article-list > li h3 a").Select(a => a.TextContent));

        // The latest stories stay the home list, as many as pageSize; the blocks are below them, on page 1 only.
        Assert.Equal(3, BuiltSite.Items(Out.Html("/")).Count);
        Assert.Empty(Out.Html("/halaman/2/").QuerySelectorAll(".section-blocks"));
    }

    [Fact]
    public async Task HomeItems_zero_shows_no_blocks()
    {
        WriteArticles();
        var settings = Path.Combine(_site.Root, "input", "site.yml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("homeItems: 4", "homeItems: 0"));
        Assert.Equal(0, (await _site.BuildAsync()).ExitCode);
        Assert.Empty(Out.Html("/").QuerySelectorAll(".section-blocks"));
    }
}
