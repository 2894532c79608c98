using System.ServiceModel.Syndication;
using System.Xml;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Archive;

/// <summary>URL segments, taxonomies and headings come from site.yml; text from articles is escaped; an empty archive still works.</summary>
public sealed class ArchiveConfigurationTests
{
    [Fact]
    public async Task Segments_taxonomy_paths_headings_and_page_sizes_come_from_site_yml()
    {
        using var site = TempSite.Empty().Settings("""
            pageSize: 2
            segments: { page: pagina, archive: archief, undated: zonder-datum }
            archive: { title: Archief, undatedTitle: Zonder datum }
            taxonomies:
              - { name: onderwerp, path: onderwerp, field: tags, title: Onderwerp, pageSize: 1, feed: true }
              - { name: schrijver, path: schrijver, field: editor, title: Schrijver }
            """);
        site.Article("a.txt", "Satu", "2023-07-27", ["Rusia"]);
        site.Article("b.txt", "Dua", "2023-07-26", ["Rusia"]);
        site.Article("c.txt", "Tiga", "2023-06-01", ["Rusia"]);
        site.Article("d.txt", "Empat", null, ["Bola"]);
        Assert.Equal(0, (await site.BuildLibraryAsync()).ExitCode);
        var output = new BuiltSite(site.OutputPath());

        Assert.Equal(["/onderwerp/rusia/", "/onderwerp/rusia/pagina/2/", "/onderwerp/rusia/pagina/3/"], output.WalkList("/onderwerp/rusia/").Select(p => p.Path));
        Assert.Equal(["/", "/pagina/2/"], output.WalkList("/").Select(p => p.Path));
        Assert.Equal(["/archief/2023/07/"], output.WalkList("/archief/2023/07/").Select(p => p.Path));
        Assert.True(output.Exists("/archief/zonder-datum/"));
        Assert.True(output.Exists("/onderwerp/rusia/feed.xml"));
        Assert.True(output.Exists("/schrijver/rina-wulandari/"));
        Assert.False(output.Exists("/schrijver/rina-wulandari/feed.xml"));
        Assert.DoesNotContain(output.AllFiles(), f => f.StartsWith("tag/", StringComparison.Ordinal) || f.StartsWith("arsip/", StringComparison.Ordinal) || f.Contains("halaman", StringComparison.Ordinal));

        Assert.Equal("Archief", output.Html("/archief/").QuerySelector("h1")!.TextContent);
        Assert.Equal("Archief 2023", output.Html("/archief/2023/").QuerySelector("h1")!.TextContent);
        Assert.Equal("Zonder datum", output.Html("/archief/").QuerySelector(".undated a")!.TextContent);
        Assert.Equal(["Beranda", "Onderwerp", "Rusia", "Halaman 2"], output.Html("/onderwerp/rusia/pagina/2/").QuerySelectorAll("nav.breadcrumbs li").Select(li => li.TextContent));
        Assert.Empty(LinkCheck.BrokenLinks(output));
    }

    [Fact]
    public async Task Term_names_from_articles_are_escaped_in_pages_and_feeds()
    {
        using var site = TempSite.Empty();
        site.Article("a.txt", "Judul", "2023-07-27", ["<script>alert(1)</script>", "AT&T"]);
        Assert.Equal(0, (await site.BuildLibraryAsync()).ExitCode);
        var output = new BuiltSite(site.OutputPath());

        var index = output.Html("/tag/");
        Assert.Equal(["<script>alert(1)</script>", "AT&T"], index.QuerySelectorAll(".term-list a").Select(GeneratedArchiveTests.TermName));
        foreach (var file in output.HtmlFiles())
            foreach (var script in BuiltSite.Parse(File.ReadAllText(file)).QuerySelectorAll("script"))
            {
                // The only scripts are JSON-LD data, in which the name stays text.
                Assert.Equal("application/ld+json", script.GetAttribute("type"));
                Assert.DoesNotContain("<", script.TextContent);
            }
        Assert.Equal("Tag: AT&T", output.Html("/tag/at-t/").QuerySelector("h1")!.TextContent);

        using var reader = XmlReader.Create(Path.Combine(output.Folder, "tag", "script-alert-1-script", "feed.xml"));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal("Tag: <script>alert(1)</script> · Arsip Berita", feed.Title.Text);
        Assert.Equal(["<script>alert(1)</script>", "AT&T"], feed.Items.Single().Categories.Select(c => c.Name));
    }

    [Fact]
    public async Task A_field_no_taxonomy_indexes_is_shown_as_text_not_as_an_empty_link()
    {
        using var site = TempSite.Empty().Settings("""
            taxonomies:
              - { name: tag, path: tag, field: tags, title: Tag }
            """);
        site.Article("a.txt", "Judul", "2023-07-27", ["Rusia"], section: "Dunia");
        Assert.Equal(0, (await site.BuildLibraryAsync()).ExitCode);
        var output = new BuiltSite(site.OutputPath());

        var page = output.Html("/2023/07/27/judul/");
        Assert.Equal("Editor: Rina Wulandari", page.QuerySelector(".editor")!.TextContent);
        Assert.Null(page.QuerySelector(".editor a"));
        Assert.Equal("Dunia", page.QuerySelector(".section")!.TextContent);
        Assert.Equal("/tag/rusia/", page.QuerySelector(".tags a")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("a[href='']"));
        Assert.False(output.Exists("/editor/"));
    }

    [Fact]
    public async Task An_archive_without_articles_still_has_its_index_pages_feed_and_sitemap()
    {
        using var site = TempSite.Empty();
        Assert.Equal(0, (await site.BuildLibraryAsync()).ExitCode);
        var output = new BuiltSite(site.OutputPath());

        foreach (var path in new[] { "/", "/tag/", "/rubrik/", "/lokasi/", "/editor/", "/arsip/" })
            Assert.NotNull(output.Html(path).QuerySelector("main .empty"));
        using (var reader = XmlReader.Create(Path.Combine(output.Folder, "feed.xml")))
        {
            var feed = SyndicationFeed.Load(reader);
            Assert.Empty(feed.Items);
            Assert.Equal(new DateTimeOffset(1970, 1, 1, 0, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime);
        }
        Assert.Empty(LinkCheck.BrokenLinks(output));
    }

    [Fact]
    public async Task A_site_that_ships_its_own_robots_txt_keeps_it()
    {
        using var site = TempSite.Empty();
        Directory.CreateDirectory(Path.Combine(site.Root, "input", "static"));
        File.WriteAllText(Path.Combine(site.Root, "input", "static", "robots.txt"), "User-agent: *\nDisallow: /\n");
        Assert.Equal(0, (await site.BuildLibraryAsync()).ExitCode);
        Assert.Equal("User-agent: *\nDisallow: /\n", File.ReadAllText(Path.Combine(site.OutputPath(), "robots.txt")));
    }

    [Theory]
    [InlineData("taxonomies:\n  - { name: a, path: tag, field: tags }\n  - { name: b, path: tag, field: city }", "path 'tag'")]
    [InlineData("taxonomies:\n  - { name: a, path: arsip, field: tags }", "path 'arsip'")]
    [InlineData("taxonomies:\n  - { name: a, path: Tag Baru, field: tags }", "path 'Tag Baru'")]
    [InlineData("segments: { page: 'hal/aman' }", "segments.page")]
    [InlineData("feeds: { size: 0 }", "feeds.size")]
    public async Task Settings_that_would_break_archive_urls_stop_the_build(string yaml, string expected)
    {
        using var site = TempSite.Empty().Settings(yaml);
        var result = await site.BuildLibraryAsync();
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.Diagnostics).Message);
    }
}
