using AngleSharp.Dom;
using System.Text.Json;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>The default theme on a small archive: what every page's head carries, and what lists and months show.</summary>
public sealed class ThemePagesTests : IClassFixture<ThemePagesTests.Archive>
{
    private readonly BuiltSite _out;

    public ThemePagesTests(Archive archive) => _out = archive.Output;

    public sealed class Archive : IDisposable
    {
        private readonly TempSite _site = new TempSite().Settings("""
            title: Arsip "Uji" & Co
            baseUrl: https://contoh.example/arsip/
            pageSize: 2
            """);

        public Archive()
        {
            _site.Article("a.txt", "Banjir Rendam Jakarta", "2023-08-27", ["Banjir"], section: "Megapolitan");
            _site.Article("b.txt", "Harga Beras Naik", "2023-08-20", ["Beras"], section: "Ekonomi");
            _site.Article("c.txt", "Timnas Menang", "2023-05-02", ["Timnas"]);
            _site.WriteSeed("d.txt", "Berita Panjang\nJAKARTA - " + string.Join(' ', Enumerable.Range(0, 80).Select(i => $"kata{i}")) + ".\nEditor: Rina\n");
            Assert.Equal(0, _site.BuildLibraryAsync(baseUrl: "https://contoh.example/arsip/").GetAwaiter().GetResult().ExitCode);
            Output = new BuiltSite(_site.OutputPath(), "https://contoh.example/arsip/");
        }

        public BuiltSite Output { get; }

        public void Dispose() => _site.Dispose();
    }

    [Fact]
    public void Every_page_has_a_description_icons_a_manifest_and_an_absolute_og_image()
    {
        foreach (var file in _out.HtmlFiles())
        {
            var doc = BuiltSite.Parse(File.ReadAllText(file));
            var description = doc.QuerySelector("meta[name=description]")?.GetAttribute("content");
            Assert.False(string.IsNullOrWhiteSpace(description), $"{file} has no description");
            Assert.Equal(description, doc.QuerySelector("meta[property='og:description']")?.GetAttribute("content"));
            foreach (var selector in new[] { "link[rel=icon][type='image/svg+xml']", "link[rel=icon][sizes='32x32']", "link[rel=manifest]", "link[rel=apple-touch-icon]" })
            {
                var href = doc.QuerySelector(selector)?.GetAttribute("href");
                Assert.True(href is not null && File.Exists(_out.FileOf(href)), $"{file}: {selector} -> {href}");
            }
            var image = doc.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
            Assert.StartsWith("https://contoh.example/arsip/assets/og-image.", image);
            Assert.True(File.Exists(_out.FileOf(image)), image);
        }
        // Pages of different kinds say different things.
        var descriptions = new[] { "/tag/banjir/", "/arsip/2023/08/", "/tag/", "/cari/", "/arsip/" }
            .Select(p => _out.Html(p).QuerySelector("meta[name=description]")!.GetAttribute("content")).ToList();
        Assert.Equal(descriptions.Count, descriptions.Distinct().Count());
        Assert.Contains("Banjir", descriptions[0]);
        Assert.Contains("Agustus 2023", descriptions[1]);
    }

    [Fact]
    public void The_favicon_is_at_the_root_and_the_manifest_names_the_site()
    {
        Assert.True(_out.Exists("/favicon.ico"));
        using var manifest = JsonDocument.Parse(_out.Text("/manifest.webmanifest"));
        Assert.Equal("Arsip \"Uji\" & Co", manifest.RootElement.GetProperty("name").GetString());
        Assert.Equal("/arsip/", manifest.RootElement.GetProperty("start_url").GetString());
        foreach (var icon in manifest.RootElement.GetProperty("icons").EnumerateArray())
            Assert.True(File.Exists(_out.FileOf(icon.GetProperty("src").GetString()!)));
    }

    [Fact]
    public void A_month_links_the_months_before_and_after_it()
    {
        var nav = _out.Html("/arsip/2023/05/").QuerySelector("nav.period-nav")!;
        // The bundled seed is from July 2023; no month between has articles.
        Assert.Equal([("Juli 2023 ›", "/arsip/arsip/2023/07/")], nav.QuerySelectorAll("a").Select(a => (a.TextContent, a.GetAttribute("href")!)));
        var july = _out.Html("/arsip/2023/07/").QuerySelector("nav.period-nav")!;
        Assert.Equal(["‹ Mei 2023", "Agustus 2023 ›"], july.QuerySelectorAll("a").Select(a => a.TextContent));
    }

    [Fact]
    public void List_items_carry_their_section_label_and_a_short_summary()
    {
        var home = _out.Html("/");
        var first = home.QuerySelector("ol.article-list > li")!;
        Assert.Equal("lead", first.ClassName);
        Assert.Equal("Megapolitan", first.QuerySelector(".kicker a")!.TextContent);
        Assert.Equal("/arsip/rubrik/megapolitan/", first.QuerySelector(".kicker a")!.GetAttribute("href"));
        Assert.Null(_out.Html("/halaman/2/").QuerySelector("li.lead"));

        // The home page's own list, not its per-section blocks, which repeat some of the same articles.
        var longOne = _out.WalkList("/").SelectMany(p => _out.Html(p.Path).QuerySelectorAll("ol.article-list > li").Where(li => li.Closest(".section-blocks") is null))
            .Single(li => li.QuerySelector("h2")!.TextContent == "Berita Panjang");
        var words = longOne.QuerySelector(".dek")!.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(30, words.Length);
        Assert.EndsWith("…", words[^1]);
    }
}
