using System.ServiceModel.Syndication;
using System.Xml;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Archive;

/// <summary>A site served from <c>https://example.org/arsip-berita/</c>: every link, feed and sitemap URL carries the sub-path.</summary>
public sealed class SubPathDeploymentTests : IAsyncLifetime
{
    private const string BaseUrl = "https://example.org/arsip-berita/";
    private readonly TempSite _site = TempSite.Empty();
    private BuiltSite _output = null!;

    public async Task InitializeAsync()
    {
        GeneratedCorpus.Write(_site.Seeds, 120);
        var result = await _site.BuildLibraryAsync(baseUrl: BaseUrl);
        Assert.Equal(0, result.ExitCode);
        _output = new BuiltSite(_site.OutputPath(), BaseUrl);
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Every_internal_link_resolves_under_the_sub_path() => Assert.Empty(LinkCheck.BrokenLinks(_output));

    [Fact]
    public void No_page_links_to_the_root_of_the_host()
    {
        foreach (var file in _output.HtmlFiles())
            foreach (var element in BuiltSite.Parse(File.ReadAllText(file)).QuerySelectorAll("a[href], link[href], script[src]"))
            {
                var link = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (link.StartsWith('#')) continue;
                Assert.True(link.StartsWith("/arsip-berita/", StringComparison.Ordinal) || link.StartsWith(BaseUrl, StringComparison.Ordinal),
                    $"{_output.SitePathOfFile(file)} links {link}");
            }
    }

    [Fact]
    public void Feeds_sitemap_and_robots_use_absolute_urls_with_the_sub_path()
    {
        using (var reader = XmlReader.Create(Path.Combine(_output.Folder, "feed.xml")))
        {
            var feed = SyndicationFeed.Load(reader);
            Assert.Equal(BaseUrl + "feed.xml", feed.Id);
            Assert.All(feed.Items, i => Assert.StartsWith(BaseUrl, Assert.Single(i.Links).Uri.ToString()));
            Assert.All(feed.Items, i => Assert.StartsWith("tag:example.org,", i.Id));
        }
        Assert.All(LinkCheck.SitemapLocations(_output), loc => Assert.StartsWith(BaseUrl, loc));
        Assert.Contains($"Sitemap: {BaseUrl}sitemap.xml\n", File.ReadAllText(Path.Combine(_output.Folder, "robots.txt")));
        Assert.Equal(BaseUrl + "tag/", _output.Html("/tag/").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }
}
