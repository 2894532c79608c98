using SiteGen.Checks;
using SiteGen.Tests.Fixtures;

namespace SiteGen.Tests.Checks;

public class OutputIndexTests
{
    private readonly OutputIndex _index = new(["index.html", "tag/banjir/index.html", "feed.xml", "css/situs.css"]);

    [Theory]
    [InlineData("", "index.html")]
    [InlineData("tag/banjir/", "tag/banjir/index.html")]
    [InlineData("tag/banjir", "tag/banjir/index.html")]
    [InlineData("tag/banjir/index.html", "tag/banjir/index.html")]
    [InlineData("feed.xml", "feed.xml")]
    [InlineData("css/situs.css", "css/situs.css")]
    public void A_site_path_finds_the_file_that_serves_it(string sitePath, string expected)
    {
        Assert.Equal(expected, _index.FindFile(sitePath));
    }

    [Theory]
    [InlineData("tag/gempa/")]
    [InlineData("feed.xml/")]
    [InlineData("Tag/Banjir/")]
    [InlineData("css/")]
    public void A_site_path_nothing_serves_finds_nothing(string sitePath)
    {
        Assert.Null(_index.FindFile(sitePath));
    }

    [Fact]
    public void Listing_a_folder_gives_sorted_relative_paths_with_dotfiles()
    {
        using var site = new HtmlFixtureFolder()
            .Write("b/index.html", "")
            .Write("a.css", "")
            .Write(".well-known/security.txt", "")
            .Write("index.html", "");

        Assert.Equal([".well-known/security.txt", "a.css", "b/index.html", "index.html"], OutputIndex.ListFiles(site.Root));
    }
}
