using SiteGen.Model;

namespace SiteGen.Tests.Model;

public sealed class SiteUrlsTests
{
    [Theory]
    [InlineData("https://example.org/", "/tag/rusia/", "/tag/rusia/")]
    [InlineData("https://example.org", "/", "/")]
    [InlineData("https://example.org/", "tag/rusia/", "/tag/rusia/")]
    [InlineData("https://example.org/", "//tag/", "/tag/")]
    [InlineData("https://example.org/arsip", "/tag/rusia/", "/arsip/tag/rusia/")]
    [InlineData("https://example.org/arsip/", "/", "/arsip/")]
    public void Links_are_root_relative_under_the_base_path(string baseUrl, string sitePath, string link) =>
        Assert.Equal(link, new SiteUrls(baseUrl).Link(sitePath));

    [Fact]
    public void At_the_root_of_a_host_a_link_is_the_site_path_itself_not_a_copy()
    {
        var path = string.Concat("/2023/07/27/", "ngeri-rusia/");
        Assert.Same(path, new SiteUrls("https://example.org/").Link(path));
        Assert.Equal("https://example.org/2023/07/27/ngeri-rusia/", new SiteUrls("https://example.org/").Absolute(path));
    }

    [Theory]
    [InlineData("/tag/rusia/", "tag/rusia/index.html")]
    [InlineData("/", "index.html")]
    [InlineData("", "index.html")]
    [InlineData("//2023/07/", "2023/07/index.html")]
    [InlineData("/feed.xml", "feed.xml")]
    [InlineData("sitemap.xml", "sitemap.xml")]
    public void A_folder_url_is_written_to_its_index_file(string sitePath, string file) =>
        Assert.Equal(file, SiteUrls.FileFor(sitePath));
}
