using System.ServiceModel.Syndication;
using System.Xml;
using SiteGen.Formats;

namespace SiteGen.Tests.Formats;

public sealed class AtomFeedTests
{
    private static readonly AtomFeed Feed = new(
        Id: "https://example.org/arsip/feed.xml",
        Title: "Berita <Terkini> & \"Hangat\"",
        Subtitle: "Arsip",
        Language: "id",
        SelfLink: "https://example.org/arsip/feed.xml",
        AlternateLink: "https://example.org/arsip/",
        Updated: new DateOnly(2023, 7, 27),
        Author: "Redaksi",
        Entries:
        [
            new AtomEntry("tag:example.org,2023-07-27:/2023/07/27/a/", "Rusia & Korut <b>sepakat</b>\u0001", "https://example.org/arsip/2023/07/27/a/",
                new DateOnly(2023, 7, 27), "Lead dengan </summary> di dalamnya.", "Anton Suhartono", ["Rusia", "Korea Utara"]),
            new AtomEntry("tag:example.org,2023-07-20:/2023/07/20/b/", "Tanpa editor", "https://example.org/arsip/2023/07/20/b/",
                new DateOnly(2023, 7, 20), "", null, []),
        ]);

    private static SyndicationFeed Parse(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml));
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public void A_feed_reader_reads_back_every_value_as_written()
    {
        var feed = Parse(Feed.ToXml());
        Assert.Equal("https://example.org/arsip/feed.xml", feed.Id);
        Assert.Equal("Berita <Terkini> & \"Hangat\"", feed.Title.Text);
        Assert.Equal(new DateTimeOffset(2023, 7, 27, 0, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime);
        Assert.Equal("Redaksi", Assert.Single(feed.Authors).Name);
        Assert.Equal("id", feed.Language);

        var items = feed.Items.ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("tag:example.org,2023-07-27:/2023/07/27/a/", items[0].Id);
        Assert.Equal("Rusia & Korut <b>sepakat</b>", items[0].Title.Text); // the control character is dropped, not fatal
        Assert.Equal("Lead dengan </summary> di dalamnya.", items[0].Summary.Text);
        Assert.Equal("Anton Suhartono", Assert.Single(items[0].Authors).Name);
        Assert.Equal(["Rusia", "Korea Utara"], items[0].Categories.Select(c => c.Name));
        Assert.Equal(new Uri("https://example.org/arsip/2023/07/27/a/"), Assert.Single(items[0].Links).Uri);
        Assert.Empty(items[1].Authors);
        Assert.Null(items[1].Summary);
    }

    [Fact]
    public void The_xml_is_utf8_and_the_same_on_every_call()
    {
        var xml = Feed.ToXml();
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xml:lang=\"id\" xmlns=\"http://www.w3.org/2005/Atom\">", xml);
        Assert.DoesNotContain('\r', xml);
        Assert.Equal(xml, Feed.ToXml());
    }
}
