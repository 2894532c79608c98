using System.ServiceModel.Syndication;
using System.Xml;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Archive;

/// <summary>Two builds of the same input give the same bytes; feed ids survive new articles; ties of a day go by source path.</summary>
public sealed class ArchiveDeterminismTests
{
    [Fact]
    public async Task Two_builds_of_one_site_are_byte_identical()
    {
        using var site = TempSite.Empty();
        GeneratedCorpus.Write(site.Seeds, 300);
        var first = await site.BuildLibraryAsync("out-1");
        var second = await site.BuildLibraryAsync("out-2");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Diagnostics, second.Diagnostics);

        var a = new BuiltSite(site.OutputPath("out-1"));
        var b = new BuiltSite(site.OutputPath("out-2"));
        Assert.Equal(a.AllFiles(), b.AllFiles());
        Assert.True(a.AllFiles().Count > 300);
        foreach (var file in a.AllFiles())
            Assert.True(File.ReadAllBytes(Path.Combine(a.Folder, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b.Folder, file))), $"{file} differs");
    }

    [Fact]
    public async Task Feed_ids_and_dates_stay_the_same_when_articles_are_added()
    {
        using var site = TempSite.Empty();
        site.Article("a.txt", "Rusia dan Korut", "2023-07-27", ["Rusia"]);
        site.Article("b.txt", "Banjir Jakarta", "2023-07-20", ["Rusia"]);
        await site.BuildLibraryAsync("before");
        site.Article("c.txt", "Berita baru", "2023-08-01", ["Rusia"]);
        await site.BuildLibraryAsync("after");

        var before = Ids(site.OutputPath("before"), "feed.xml");
        var after = Ids(site.OutputPath("after"), "feed.xml");
        Assert.Equal(2, before.Count);
        Assert.Equal(before, after.Where(kv => kv.Key != "Berita baru"));
        Assert.Equal(before, Ids(site.OutputPath("before"), "tag/rusia/feed.xml"));
        Assert.Equal("tag:localhost,2023-07-27:/2023/07/27/rusia-dan-korut/", before["Rusia dan Korut"]);
    }

    [Fact]
    public async Task Articles_of_one_day_are_ordered_by_source_path_everywhere()
    {
        using var site = TempSite.Empty();
        // Titles run against file names, so an order by title or by date alone would show.
        site.Article("b.txt", "Alpha", "2023-07-27", ["Rusia"]);
        site.Article("a.txt", "Zulu", "2023-07-27", ["Rusia"]);
        site.Article("c.txt", "Mike", "2023-07-27", ["Rusia"]);
        await site.BuildLibraryAsync();
        var output = new BuiltSite(site.OutputPath());

        string[] expected = ["Zulu", "Alpha", "Mike"];
        Assert.Equal(expected, output.WalkList("/").Single().Items.Select(i => i.Title));
        Assert.Equal(expected, output.WalkList("/tag/rusia/").Single().Items.Select(i => i.Title));
        Assert.Equal(expected, output.WalkList("/arsip/2023/07/").Single().Items.Select(i => i.Title));

        // Previous is older in the list's order: Zulu ← Alpha ← Mike.
        var alpha = output.Html("/2023/07/27/alpha/");
        Assert.Equal("/2023/07/27/mike/", alpha.QuerySelector(".prev-next a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/2023/07/27/zulu/", alpha.QuerySelector(".prev-next a[rel=next]")!.GetAttribute("href"));
    }

    private static Dictionary<string, string> Ids(string output, string feed)
    {
        using var reader = XmlReader.Create(Path.Combine(output, feed));
        return SyndicationFeed.Load(reader).Items.ToDictionary(i => i.Title.Text, i => i.Id);
    }
}
