using System.ServiceModel.Syndication;
using System.Xml;
using SiteGen.Engine;
using SiteGen.Model;
using SiteGen.Modules.Feeds;
using SiteGen.Tests.Kit;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Modules;

/// <summary>Feeds, alone: the site feed and a tag feed of a handful of articles, read back by a feed reader.</summary>
public sealed class FeedsModuleTests
{
    private static SyndicationFeed Read(Document feed)
    {
        using var bytes = new MemoryStream();
        feed.Get<Action<Stream>>(DocumentKeys.Utf8Content)(bytes);
        bytes.Position = 0;
        using var reader = XmlReader.Create(bytes);
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public async Task TheSiteFeedHasEveryDatedArticleNewestFirstWithAbsoluteLinks()
    {
        using var site = new FakeSite(new SiteSettings { BaseUrl = "https://contoh.example/arsip/" });
        var processed = await ArticleDocuments.ProcessedAsync(site,
            Articles.Make("lama.txt", "2023-07-27", ["Banjir"]),
            Articles.Make("baru.txt", "2023-07-28", ["Banjir"]),
            Articles.Make("tanpa-tanggal.txt"));

        var feeds = await site.RunAsync(new FeedsModule(), [], site.After(processed));

        var feed = Read(Assert.Single(feeds, f => f.Destination == "feed.xml"));
        Assert.Equal(["baru.txt", "lama.txt"], feed.Items.Select(i => i.Title.Text));
        Assert.Equal("https://contoh.example/arsip/artikel/baru/", feed.Items.First().Links[0].Uri.ToString());
        var tag = Read(Assert.Single(feeds, f => f.Destination == "tag/banjir/feed.xml"));
        Assert.Equal(2, tag.Items.Count());
    }
}
