using SiteGen.Checks;
using SiteGen.Engine;
using SiteGen.Tests.Fixtures;

namespace SiteGen.Tests.Checks;

public sealed class SiteCheckerLinkTests : IDisposable
{
    private const string BaseUrl = "https://example.org/arsip/";
    private const string Article = "2024/01/02/banjir-jakarta/index.html";
    private readonly HtmlFixtureFolder _site = new();

    public SiteCheckerLinkTests()
    {
        _site.Page("index.html")
             .Page("2024/01/02/banjir-jakarta/index.html", """<h2 id="foto">Foto</h2><a name="lama">lama</a>""")
             .Page("2024/01/02/banjir-bogor/index.html")
             .Page("tag/banjir/index.html", """<section id="daftar"></section>""")
             .Page("tag/jawa barat/index.html")
             .Page("tentang.html")
             .Write("feed.xml", "<feed/>")
             .Write("css/situs.css", "body{}")
             .Write("img/banjir.jpg", "")
             .Write("img/banjir-2x.jpg", "");
    }

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("./")]
    [InlineData("../banjir-bogor/")]
    [InlineData("../../../../tag/banjir/")]
    [InlineData("../../../../tentang.html")]
    [InlineData("/arsip/tag/banjir/")]
    [InlineData("/arsip/tag/banjir")]
    [InlineData("/arsip/")]
    [InlineData("https://example.org/arsip/tag/banjir/")]
    [InlineData("/arsip/tag/jawa%20barat/")]
    [InlineData("/arsip/tag/banjir/#daftar")]
    [InlineData("https://example.org/arsip/2024/01/02/banjir-jakarta/#foto")]
    [InlineData("#foto")]
    [InlineData("#lama")]
    [InlineData("#top")]
    [InlineData("#")]
    [InlineData("/arsip/feed.xml")]
    [InlineData("/arsip/feed.xml#anything")]
    public void An_internal_link_that_resolves_is_not_reported(string href)
    {
        _site.Page(Article, $"""<h2 id="foto">Foto</h2><a name="lama">lama</a><a href="{href}">tautan</a>""");

        var report = SiteChecker.Check(_site.Root, BaseUrl, new CheckOptions());

        Assert.Empty(report.Diagnostics);
        Assert.Equal(6, report.PagesChecked);
        Assert.Equal(1, report.LinksChecked);
    }

    [Theory]
    [InlineData("./hilang/", "points to 2024/01/02/banjir-jakarta/hilang/index.html, which is not in the output")]
    [InlineData("../banjir-depok/", "points to 2024/01/02/banjir-depok/index.html, which is not in the output")]
    [InlineData("/arsip/tag/gempa/", "points to tag/gempa/index.html, which is not in the output")]
    [InlineData("https://example.org/arsip/tag/gempa/", "points to tag/gempa/index.html, which is not in the output")]
    [InlineData("/arsip/tag/jawa%20timur/", "points to tag/jawa timur/index.html, which is not in the output")]
    [InlineData("/arsip/tag/banjir/#hilang", "points to #hilang, but tag/banjir/index.html has no element with that id")]
    [InlineData("#hilang", "points to #hilang, but 2024/01/02/banjir-jakarta/index.html has no element with that id")]
    [InlineData("/tag/banjir/", "is outside the site's base path /arsip/; write it as /arsip/tag/banjir/")]
    [InlineData("../../../../../", "climbs above the root of the site")]
    [InlineData("/arsip/atom.xml", "points to atom.xml, which is not in the output")]
    public void A_broken_internal_link_is_reported_on_its_page_naming_the_element(string href, string problem)
    {
        _site.Page(Article, $"""<h2 id="foto">Foto</h2><a name="lama">lama</a><p><a href="{href}">tautan</a></p>""");

        var report = SiteChecker.Check(_site.Root, BaseUrl, new CheckOptions());

        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal(Diagnostic.Warning(Article, $"<a href=\"{href}\"> {problem}"), diagnostic);
    }

    [Theory]
    [InlineData("https://other.example/arsip/tag/gempa/")]
    [InlineData("https://example.org/portal-utama/")]
    [InlineData("mailto:redaksi@example.org")]
    [InlineData("tel:+62215550100")]
    public void External_links_are_skipped_and_not_counted(string href)
    {
        _site.Page(Article, $"""<a href="{href}">luar</a>""");

        var report = SiteChecker.Check(_site.Root, BaseUrl, new CheckOptions());

        Assert.Empty(report.Diagnostics);
        Assert.Equal(0, report.LinksChecked);
    }

    [Fact]
    public void Resources_are_checked_for_existence_in_every_element_that_loads_one()
    {
        _site.Page("index.html", """
            <link rel="stylesheet" href="/arsip/css/situs.css">
            <link rel="stylesheet" href="/arsip/css/hilang.css">
            <script src="/arsip/js/hilang.js"></script>
            <img src="img/banjir.jpg" srcset="img/banjir-2x.jpg 2x, img/hilang-3x.jpg 3x" alt="Banjir">
            <picture><source srcset="img/hilang.webp"><img src="img/banjir.jpg" alt="Banjir"></picture>
            """);

        var report = SiteChecker.Check(_site.Root, BaseUrl, new CheckOptions());

        Assert.Equal(
        [
            """<img srcset="img/hilang-3x.jpg"> points to img/hilang-3x.jpg, which is not in the output""",
            """<link href="/arsip/css/hilang.css"> points to css/hilang.css, which is not in the output""",
            """<script src="/arsip/js/hilang.js"> points to js/hilang.js, which is not in the output""",
            """<source srcset="img/hilang.webp"> points to img/hilang.webp, which is not in the output""",
        ], report.Diagnostics.Select(d => d.Message));
        Assert.All(report.Diagnostics, d => Assert.Equal("index.html", d.File));
        Assert.Equal(8, report.LinksChecked);
    }

    [Fact]
    public void A_base_element_moves_where_relative_links_and_bare_fragments_resolve()
    {
        _site.Write(Article, """
            <!DOCTYPE html>
            <html lang="id">
            <head><meta charset="utf-8"><title>Banjir</title><base href="/arsip/tag/banjir/"></head>
            <body>
            <h1>Banjir</h1>
            <h2 id="foto">Foto</h2>
            <a href="../../2024/01/02/banjir-bogor/">dari base</a>
            <a href="#daftar">fragmen di halaman base</a>
            <a href="#foto">fragmen halaman ini</a>
            </body>
            </html>
            """);

        var report = SiteChecker.Check(_site.Root, BaseUrl, new CheckOptions());

        // Against <base>, "#foto" means tag/banjir/#foto, as a browser takes it: a classic trap of <base>.
        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal(Diagnostic.Warning(Article, """<a href="#foto"> points to #foto, but tag/banjir/index.html has no element with that id"""), diagnostic);
        Assert.Equal(3, report.LinksChecked);
    }

    [Fact]
    public void A_page_repeating_a_broken_link_gets_one_finding_and_findings_come_sorted()
    {
        _site.Page("tag/banjir/index.html", """<a href="/arsip/hilang/">a</a><a href="/arsip/hilang/">b</a>""")
             .Page("index.html", """<a href="/arsip/zzz/">z</a><a href="/arsip/aaa/">a</a>""");

        var first = SiteChecker.Check(_site.Root, BaseUrl, new CheckOptions { MaxDegreeOfParallelism = 2 });
        var second = SiteChecker.Check(_site.Root, BaseUrl, new CheckOptions { MaxDegreeOfParallelism = 1 });

        Assert.Equal(
        [
            "index.html: warning: <a href=\"/arsip/aaa/\"> points to aaa/index.html, which is not in the output",
            "index.html: warning: <a href=\"/arsip/zzz/\"> points to zzz/index.html, which is not in the output",
            "tag/banjir/index.html: warning: <a href=\"/arsip/hilang/\"> points to hilang/index.html, which is not in the output",
        ], first.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }

    [Fact]
    public void Under_a_root_base_url_root_relative_links_resolve_from_the_output_root()
    {
        _site.Page(Article, """<a href="/tag/banjir/">ok</a><a href="https://example.org/tag/banjir/#daftar">ok</a><a href="/tag/gempa/">hilang</a>""");

        var report = SiteChecker.Check(_site.Root, "https://example.org/", new CheckOptions());

        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal("<a href=\"/tag/gempa/\"> points to tag/gempa/index.html, which is not in the output", diagnostic.Message);
    }

    [Fact]
    public async Task Strict_turns_broken_links_into_errors()
    {
        _site.Page(Article, """<a href="/arsip/tag/gempa/">hilang</a>""");

        var lenient = await SiteChecker.CheckAsync(_site.Root, BaseUrl, new CheckOptions());
        var strict = await SiteChecker.CheckAsync(_site.Root, BaseUrl, new CheckOptions { Strict = true });

        Assert.Equal(Severity.Warning, Assert.Single(lenient.Diagnostics).Severity);
        Assert.False(lenient.HasErrors);
        Assert.Equal(Severity.Error, Assert.Single(strict.Diagnostics).Severity);
        Assert.True(strict.HasErrors);
        Assert.Equal(1, strict.ErrorCount);
    }

    [Fact]
    public async Task A_missing_output_folder_is_an_exception_not_an_empty_report()
    {
        await Assert.ThrowsAsync<DirectoryNotFoundException>(() =>
            SiteChecker.CheckAsync(Path.Combine(_site.Root, "tidak-ada"), BaseUrl, new CheckOptions()));
    }
}
