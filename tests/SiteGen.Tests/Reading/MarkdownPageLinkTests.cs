using System.Text;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Reading;

/// <summary>Markdown pages under input/ may link anywhere ordinary, but never to script.</summary>
public class MarkdownPageLinkTests
{
    [Fact]
    public async Task ScriptAndDataLinksInAMarkdownPageBecomeTextWithAWarning()
    {
        using var site = TempSite.Empty();
        site.WriteBytes("input/jahat.md", Encoding.UTF8.GetBytes(
            "---\ntitle: Jahat\n---\nPembuka.\n\n" +
            "[klik](javascript:alert(1)) [d](data:text/html,x) ![g](data:image/svg+xml,x) <javascript:alert(2)>\n\n" +
            "[tab](java&#9;script:alert(3)) [acuan][a] [baik](https://contoh.example/) [dalam](/tentang/)\n\n" +
            "[a]: vbscript:x\n"));

        var run = await site.BuildAsync();

        Assert.Equal(0, run.ExitCode);
        var doc = HtmlPages.Load(Path.Combine(site.Output, "jahat", "index.html"));
        var body = doc.QuerySelector("article")!;
        Assert.Equal(["https://contoh.example/", "/tentang/"], body.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Empty(body.QuerySelectorAll("img"));
        Assert.Contains("klik d g javascript:alert(2)", body.TextContent);
        Assert.Contains("tab acuan baik", body.TextContent);
        // One warning per link, on the line it is written.
        Assert.Equal(4, CountOf(run.Error, "input/jahat.md:6: warning:"));
        Assert.Equal(2, CountOf(run.Error, "input/jahat.md:8: warning:"));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
