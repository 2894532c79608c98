using SiteGen.Checks;
using SiteGen.Engine;

namespace SiteGen.Tests.Checks;

public class LinkSetCheckTests
{
    private const string BaseUrl = "https://example.org/arsip/";
    private static readonly string[] Written = ["index.html", "tag/banjir/index.html", "/2024/01/02/banjir/", "feed.xml"];

    [Fact]
    public void Links_that_the_written_files_answer_are_not_reported()
    {
        (string, string)[] links =
        [
            ("index.html", "/arsip/tag/banjir/"),
            ("index.html", "2024/01/02/banjir/"),
            ("/2024/01/02/banjir/", "../../../../feed.xml"),
            ("/2024/01/02/banjir/", "https://example.org/arsip/#mana-saja"),
            ("tag/banjir/index.html", "https://other.example/"),
        ];

        var report = LinkSetCheck.Check(Written, links, BaseUrl, new CheckOptions());

        Assert.Empty(report.Diagnostics);
        Assert.Equal(4, report.LinksChecked);
        Assert.Equal(3, report.PagesChecked);
    }

    [Fact]
    public void Unresolved_links_are_reported_on_the_page_that_holds_them()
    {
        (string, string)[] links =
        [
            ("/2024/01/02/banjir/", "/arsip/tag/gempa/"),
            ("index.html", "/tag/banjir/"),
        ];

        var report = LinkSetCheck.Check(Written, links, BaseUrl, new CheckOptions { Strict = true });

        Assert.Equal(
        [
            Diagnostic.Error("2024/01/02/banjir/index.html", "href=\"/arsip/tag/gempa/\" points to tag/gempa/index.html, which is not in the output"),
            Diagnostic.Error("index.html", "href=\"/tag/banjir/\" is outside the site's base path /arsip/; write it as /arsip/tag/banjir/"),
        ], report.Diagnostics);
    }
}
