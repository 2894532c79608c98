using SiteGen.Checks;
using SiteGen.Tests.Fixtures;

namespace SiteGen.Tests.Checks;

public sealed class SiteCheckerStructureTests : IDisposable
{
    private const string BaseUrl = "https://example.org/";
    private readonly HtmlFixtureFolder _site = new();

    public void Dispose() => _site.Dispose();

    private IReadOnlyList<string> Findings(CheckOptions? options = null) =>
        SiteChecker.Check(_site.Root, BaseUrl, options ?? new CheckOptions()).Diagnostics.Select(d => d.ToString()).ToList();

    [Fact]
    public void A_well_formed_page_has_no_findings()
    {
        _site.Page("index.html", """<h2 id="a">A</h2><img src="data:image/gif;base64,R0lGOD" alt="">""");

        Assert.Empty(Findings());
    }

    [Fact]
    public void A_page_without_h1_is_reported()
    {
        _site.Write("index.html", """<!DOCTYPE html><html lang="id"><head><title>Beranda</title></head><body><h2>Berita</h2></body></html>""");

        Assert.Equal(["index.html: warning: page has no <h1>"], Findings());
    }

    [Fact]
    public void A_page_with_two_h1_is_reported()
    {
        _site.Page("index.html", "<h1>Kedua</h1>");

        Assert.Equal(["index.html: warning: page has 2 <h1> elements; expected exactly one"], Findings());
    }

    [Fact]
    public void An_svg_title_does_not_stand_in_for_the_page_title()
    {
        _site.Write("index.html", """<!DOCTYPE html><html lang="id"><head></head><body><h1>Beranda</h1><svg><title>ikon</title></svg></body></html>""");

        Assert.Equal(["index.html: warning: page has no <title>"], Findings());
    }

    [Fact]
    public void A_blank_title_is_reported()
    {
        _site.Page("index.html", title: "  \n ");

        Assert.Equal(["index.html: warning: <title> is empty"], Findings());
    }

    [Fact]
    public void A_redirect_stub_needs_no_h1_but_still_a_title()
    {
        _site.Write("lama/index.html", """<!DOCTYPE html><html lang="id"><head><meta http-equiv="refresh" content="0; url=/baru/"></head><body></body></html>""")
             .Page("baru/index.html");

        Assert.Equal(["lama/index.html: warning: page has no <title>"], Findings());
    }

    [Fact]
    public void Duplicate_ids_are_reported_once_with_every_element_that_carries_them()
    {
        _site.Page("index.html", """<h2 id="berita">Berita</h2><div id="berita"></div><p id="berita"></p><span id="unik"></span>""");

        Assert.Equal(["""index.html: warning: id "berita" is used by 3 elements (<h2>, <div>, <p>)"""], Findings());
    }

    [Fact]
    public void An_image_without_alt_is_reported_but_an_empty_alt_is_a_decorative_image()
    {
        _site.Page("index.html", """<img src="data:image/gif;base64,AA" alt=""><img src="data:image/gif;base64,BB">""");

        Assert.Equal(["""index.html: warning: <img src="data:image/gif;base64,BB"> has no alt attribute"""], Findings());
    }

    [Fact]
    public void Strict_turns_structure_findings_into_errors()
    {
        _site.Page("index.html", """<h1>Kedua</h1><img src="data:image/gif;base64,AA">""");

        var lenient = SiteChecker.Check(_site.Root, BaseUrl, new CheckOptions());
        var strict = SiteChecker.Check(_site.Root, BaseUrl, new CheckOptions { Strict = true });

        Assert.Equal(2, lenient.WarningCount);
        Assert.Equal(0, lenient.ErrorCount);
        Assert.Equal(2, strict.ErrorCount);
        Assert.Equal(0, strict.WarningCount);
    }

    [Fact]
    public void Only_html_files_are_parsed()
    {
        _site.Page("index.html").Write("catatan.txt", "<h1>a</h1><h1>b</h1>").Write("feed.xml", "<feed><title></title></feed>");

        var report = SiteChecker.Check(_site.Root, BaseUrl, new CheckOptions());

        Assert.Empty(report.Diagnostics);
        Assert.Equal(1, report.PagesChecked);
    }
}
