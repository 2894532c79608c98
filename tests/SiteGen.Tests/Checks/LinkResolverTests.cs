using SiteGen.Checks;

namespace SiteGen.Tests.Checks;

public class LinkResolverTests
{
    private const string Page = "2024/01/02/banjir-jakarta/index.html";
    private readonly LinkResolver _subPath = new("https://example.org/arsip/");

    [Theory]
    [InlineData("./foto.jpg", "2024/01/02/banjir-jakarta/foto.jpg")]
    [InlineData("foto/besar.jpg", "2024/01/02/banjir-jakarta/foto/besar.jpg")]
    [InlineData("../", "2024/01/02/")]
    [InlineData("../banjir-bogor/", "2024/01/02/banjir-bogor/")]
    [InlineData("../../../../", "")]
    [InlineData("./", "2024/01/02/banjir-jakarta/")]
    [InlineData("..", "2024/01/02/")]
    [InlineData("/arsip/tag/banjir/", "tag/banjir/")]
    [InlineData("/arsip/", "")]
    [InlineData("/arsip", "")]
    [InlineData("/arsip/feed.xml", "feed.xml")]
    [InlineData("https://example.org/arsip/tag/banjir/", "tag/banjir/")]
    [InlineData("HTTPS://Example.ORG/arsip/tag/banjir/", "tag/banjir/")]
    [InlineData("http://example.org/arsip/tag/banjir/", "tag/banjir/")]
    [InlineData("https://example.org:443/arsip/tag/banjir/", "tag/banjir/")]
    [InlineData("//example.org/arsip/tag/banjir/", "tag/banjir/")]
    [InlineData("https://example.org/arsip", "")]
    [InlineData("/arsip/tag/jawa%20barat/", "tag/jawa barat/")]
    [InlineData("/arsip/tag/caf%C3%A9/", "tag/café/")]
    [InlineData("/arsip/cari/?q=banjir", "cari/")]
    [InlineData("  /arsip/tag/banjir/\n", "tag/banjir/")]
    public void Internal_links_resolve_to_a_path_in_the_output(string href, string expected)
    {
        var resolved = _subPath.Resolve(Page, href);

        Assert.Equal(new ResolvedLink(LinkTarget.Internal, expected, null), resolved);
    }

    [Theory]
    [InlineData("#foto", "foto")]
    [InlineData("#caf%C3%A9", "café")]
    [InlineData("", null)]
    [InlineData("?halaman=2", null)]
    public void Same_document_references_resolve_to_the_page_itself(string href, string? fragment)
    {
        Assert.Equal(new ResolvedLink(LinkTarget.Internal, Page, fragment), _subPath.Resolve(Page, href));
    }

    [Fact]
    public void A_fragment_is_split_from_the_path_even_when_it_holds_a_question_mark()
    {
        Assert.Equal(new ResolvedLink(LinkTarget.Internal, "tag/banjir/", "apa?"), _subPath.Resolve(Page, "/arsip/tag/banjir/#apa?"));
    }

    [Theory]
    [InlineData("https://other.example/arsip/tag/banjir/")]
    [InlineData("https://example.org/berita-lain/")]
    [InlineData("https://example.org.evil.test/arsip/")]
    [InlineData("//cdn.example.net/font.woff2")]
    [InlineData("mailto:redaksi@example.org")]
    [InlineData("tel:+62-21-555-0100")]
    [InlineData("javascript:void(0)")]
    [InlineData("data:image/gif;base64,R0lGODlhAQABAAAAACw=")]
    public void External_references_are_not_ours_to_check(string href)
    {
        Assert.Equal(LinkTarget.External, _subPath.Resolve(Page, href).Target);
    }

    [Theory]
    [InlineData("/tag/banjir/")]
    [InlineData("/")]
    [InlineData("/arsipku/")]
    public void A_root_relative_link_missing_the_base_path_is_outside_the_site(string href)
    {
        Assert.Equal(LinkTarget.OutsideBasePath, _subPath.Resolve(Page, href).Target);
    }

    [Theory]
    [InlineData("../../../../../")]
    [InlineData("/arsip/../rahasia.txt")]
    public void Climbing_above_the_output_root_is_reported_as_such(string href)
    {
        Assert.Equal(LinkTarget.OutsideOutput, _subPath.Resolve(Page, href).Target);
    }

    [Fact]
    public void Under_a_root_base_url_root_relative_links_are_site_paths()
    {
        var resolver = new LinkResolver("https://example.org");

        Assert.Equal("/", resolver.BasePath);
        Assert.Equal(new ResolvedLink(LinkTarget.Internal, "tag/banjir/", null), resolver.Resolve(Page, "/tag/banjir/"));
        Assert.Equal(new ResolvedLink(LinkTarget.Internal, "tag/banjir/", null), resolver.Resolve(Page, "https://example.org/tag/banjir/"));
    }

    [Fact]
    public void A_page_at_the_root_resolves_relative_links_from_the_root()
    {
        Assert.Equal(new ResolvedLink(LinkTarget.Internal, "tag/banjir/", null), _subPath.Resolve("index.html", "tag/banjir/"));
        Assert.Equal(LinkTarget.OutsideOutput, _subPath.Resolve("index.html", "../tag/").Target);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("/relative/only/")]
    [InlineData("ftp://example.org/")]
    public void A_base_url_that_is_not_absolute_http_is_refused(string baseUrl)
    {
        Assert.Throws<ArgumentException>(() => new LinkResolver(baseUrl));
    }
}
