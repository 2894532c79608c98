using System.Text;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Model;

public class ArticleSummaryTests
{
    [Theory]
    [InlineData("Satu dua tiga.", 3, "Satu dua tiga.")]
    [InlineData("  Satu dua tiga.  ", 3, "  Satu dua tiga.  ")]
    [InlineData("Satu dua tiga empat.", 3, "Satu dua tiga…")]
    [InlineData("Satu, dua, tiga, empat.", 2, "Satu, dua…")]
    [InlineData("Satu\tdua\u00A0tiga", 1, "Satu…")]
    [InlineData("", 5, "")]
    public void ALeadIsCutAfterItsWords(string lead, int words, string expected) =>
        Assert.Equal(expected, ArticleSummary.Shorten(lead, words));

    [Fact]
    public void OneEnormousWordIsCutToo()
    {
        var summary = ArticleSummary.Shorten(new string('x', 1_000_000), 70);
        Assert.Equal(70 * 20 + ArticleSummary.Ellipsis.Length, summary.Length);
        Assert.EndsWith(ArticleSummary.Ellipsis, summary);
    }

    [Fact]
    public void ACutNeverSplitsASurrogatePair()
    {
        var summary = ArticleSummary.Shorten("a" + string.Concat(Enumerable.Repeat("😀", 100)), 1);
        Assert.Equal(19, summary.Length - ArticleSummary.Ellipsis.Length);
        Assert.False(char.IsHighSurrogate(summary[^(ArticleSummary.Ellipsis.Length + 1)]));
    }

    [Fact]
    public async Task ListsFeedsAndDescriptionsShowTheSummaryAndTheArticleItsWholeLead()
    {
        using var site = new TempSite();
        var words = string.Join(' ', Enumerable.Range(1, 5_000).Select(i => $"kata{i}"));
        site.WriteSeed("2023-07-27-panjang.txt", $"Artikel Satu Paragraf\nJAKARTA, iNews.id - {words}\nEditor: Satu");
        site.WriteSeed("ringkas.txt", "---\ndate: 2023-07-28\ndescription: Ringkasan dari redaksi & <b>bukan</b> lead.\n---\nArtikel Berringkasan\nJAKARTA, iNews.id - Lead yang tidak tampil di daftar.\nEditor: Dua");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        var expected = string.Join(' ', Enumerable.Range(1, 30).Select(i => $"kata{i}")) + ArticleSummary.Ellipsis;
        var home = HtmlPages.Load(Path.Combine(site.Output, "index.html"));
        var items = home.QuerySelectorAll(".article-list > li");
        Assert.Contains(items, li => li.QuerySelector("h2 a")!.TextContent == "Artikel Satu Paragraf" && li.QuerySelector(".dek")!.TextContent == expected);
        Assert.Contains(items, li => li.QuerySelector("h2 a")!.TextContent == "Artikel Berringkasan"
            && li.QuerySelector(".dek")!.TextContent == "Ringkasan dari redaksi & <b>bukan</b> lead.");
        // The 5,000-word article is not in the list: the page stays small (the theme's inline stylesheet aside).
        var styleBytes = System.Text.Encoding.UTF8.GetByteCount(home.Head!.QuerySelector("style")?.TextContent ?? "");
        Assert.True(new FileInfo(Path.Combine(site.Output, "index.html")).Length - styleBytes < 20_000);

        var pages = Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories).Select(HtmlPages.Load).ToList();
        var article = Assert.Single(pages, p => p.QuerySelector("h1")?.TextContent == "Artikel Satu Paragraf");
        Assert.Equal(expected, article.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Contains("kata5000", article.QuerySelector(".article-body")!.TextContent);

        var feed = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(site.Output, "feed.xml")));
        Assert.DoesNotContain("kata71 ", feed);
        Assert.Contains("Ringkasan dari redaksi &amp; &lt;b&gt;bukan&lt;/b&gt; lead.", feed);
    }
}
