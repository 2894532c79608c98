using SiteGen.Checks;

namespace SiteGen.Tests.Checks;

public sealed class LinkRecorderTests
{
    private static readonly IReadOnlyList<string> LastTable = ["/", "/tag/rusia/", "/2023/07/27/lama/"];

    [Fact]
    public void APagesLinkToItsOwnAbsoluteUrlIsNotRecordedAndEveryOtherIs()
    {
        var recorder = new LinkRecorder(urls: new SiteGen.Model.SiteUrls("https://example.org/arsip/"));
        recorder.Record("2023/07/27/a/index.html",
            "<link rel=\"canonical\" href=\"https://example.org/arsip/2023/07/27/a/\"><a href=\"https://example.org/arsip/2023/07/27/b/\">b</a><a href=\"/arsip/2023/07/27/a/\">a</a>");
        recorder.Record("index.html", "<link rel=\"canonical\" href=\"https://example.org/arsip/\"><a href=\"https://example.org/arsip/2023/07/27/a/\">a</a>");
        recorder.Record("404.html", "<link rel=\"canonical\" href=\"https://example.org/arsip/404.html\"><a href=\"https://example.org/arsip/\">home</a>");

        Assert.Equal(["https://example.org/arsip/2023/07/27/b/", "/arsip/2023/07/27/a/"], recorder.HrefsOf("2023/07/27/a/index.html"));
        Assert.Equal(["https://example.org/arsip/2023/07/27/a/"], recorder.HrefsOf("index.html"));
        Assert.Equal(["https://example.org/arsip/"], recorder.HrefsOf("404.html"));
    }

    [Fact]
    public void APageKeptFromTheLastBuildKeepsItsIdsInTheTableItWasSeededWith()
    {
        var recorder = new LinkRecorder(LastTable);
        LinkIds ids = [0, 2];
        recorder.Keep("a/index.html", ids, LastTable);
        recorder.Record("b/index.html", "<a href=\"/tag/rusia/\">x</a><a href=\"/baru/\">y</a>");

        Assert.True(recorder.IdsOf("a/index.html")?.SameAs(ids));
        Assert.Equal(["/", "/2023/07/27/lama/"], recorder.HrefsOf("a/index.html"));
        Assert.Equal(["/tag/rusia/", "/baru/"], recorder.HrefsOf("b/index.html"));
        Assert.Equal([.. LastTable, "/baru/"], recorder.HrefTable);
    }

    [Fact]
    public void WithoutTheSeedAPageKeptIsRenumberedIntoThisBuildsTable()
    {
        var recorder = new LinkRecorder();
        recorder.Record("b/index.html", "<a href=\"/2023/07/27/lama/\">x</a>");
        recorder.Keep("a/index.html", [0, 2], LastTable);

        Assert.Equal(["/", "/2023/07/27/lama/"], recorder.HrefsOf("a/index.html")!.Order(StringComparer.Ordinal));
        Assert.Equal(2, recorder.HrefTable.Count);
    }

    [Fact]
    public void AnExpectedHrefIsRecordedAsTheSitesOwnStringNotACopyScannedFromThePage()
    {
        var articleLink = new string("/2023/07/27/baru/".AsSpan()); // an instance no literal shares
        var recorder = new LinkRecorder(LastTable);
        recorder.Expect([articleLink, "/tag/rusia/"]);
        recorder.Record("index.html", "<a href=\"/2023/07/27/baru/\">baru</a><a href=\"/tag/rusia/\">x</a>");

        var hrefs = recorder.HrefsOf("index.html")!;
        Assert.Equal(["/tag/rusia/", "/2023/07/27/baru/"], hrefs);
        Assert.Same(articleLink, hrefs[1]);
        Assert.Equal([.. LastTable, "/2023/07/27/baru/"], recorder.HrefTable); // an href the seed has keeps its id
    }

    [Fact]
    public void ATableWithARepeatedHrefIsNotUsedAsASeed()
    {
        IReadOnlyList<string> repeated = ["/", "/"];
        var recorder = new LinkRecorder(repeated);
        recorder.Keep("a/index.html", [1], repeated);

        Assert.Equal(["/"], recorder.HrefsOf("a/index.html"));
        Assert.Single(recorder.HrefTable);
    }
}
