using System.Xml.Linq;
using SiteGen.Formats;
using SiteGen.Model;

namespace SiteGen.Tests.Formats;

public sealed class SitemapTests
{
    private static readonly XNamespace Ns = Sitemap.Namespace;
    private static readonly SiteUrls Urls = new("https://example.org/arsip-berita/");

    private static SitemapEntry Entry(string path, int? day) => new(path, day is { } d ? new DateOnly(2023, 7, d) : null);

    [Fact]
    public void A_small_site_has_one_urlset_with_absolute_locations_and_dates()
    {
        var file = Assert.Single(Sitemap.Files([Entry("/", 27), Entry("/tentang/", null)], Urls));
        Assert.Equal("/sitemap.xml", file.Path);
        var urls = XDocument.Parse(file.Xml()).Root!.Elements(Ns + "url").ToList();
        Assert.Equal(["https://example.org/arsip-berita/", "https://example.org/arsip-berita/tentang/"], urls.Select(u => u.Element(Ns + "loc")!.Value));
        Assert.Equal(["2023-07-27", null], urls.Select(u => u.Element(Ns + "lastmod")?.Value));
    }

    [Fact]
    public void Past_the_limit_the_sitemap_is_an_index_over_parts_none_over_the_limit()
    {
        var entries = Enumerable.Range(1, 5).Select(i => Entry($"/p{i}/", i == 4 ? null : i)).ToList();
        var files = Sitemap.Files(entries, Urls, maxUrls: 2);
        Assert.Equal(["/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-3.xml", "/sitemap.xml"], files.Select(f => f.Path));

        var parts = files.Take(3).Select(f => XDocument.Parse(f.Xml()).Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToList()).ToList();
        Assert.Equal(entries.Select(e => Urls.Absolute(e.Path)), parts.SelectMany(p => p));
        Assert.All(parts, p => Assert.True(p.Count <= 2));

        var index = XDocument.Parse(files[3].Xml()).Root!;
        Assert.Equal(Ns + "sitemapindex", index.Name);
        Assert.Equal(
            [("https://example.org/arsip-berita/sitemap-1.xml", "2023-07-02"), ("https://example.org/arsip-berita/sitemap-2.xml", "2023-07-03"), ("https://example.org/arsip-berita/sitemap-3.xml", "2023-07-05")],
            index.Elements(Ns + "sitemap").Select(s => (s.Element(Ns + "loc")!.Value, s.Element(Ns + "lastmod")!.Value)));
    }
}
