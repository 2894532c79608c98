using System.Text;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>The theme's stylesheet goes into every page as a &lt;style&gt; element; what a site's own style.css may do there.</summary>
public class InlineStyleTests
{
    [Fact]
    public async Task ASitesOwnStylesheetIsWhatEveryPageCarriesWithLfLineEnds()
    {
        using var site = new TempSite();
        site.WriteBytes("theme/assets/style.css", Encoding.UTF8.GetBytes("\uFEFFbody { color: red; }\r\n.x::after { content: \"<b>&amp;\"; }\r\n"));
        Assert.Equal(0, (await site.BuildAsync("--progress", "none")).ExitCode);

        foreach (var page in new[] { "index.html", "tentang/index.html", "404.html" })
        {
            var doc = HtmlPages.Load(Path.Combine(site.Output, page));
            var style = Assert.Single(doc.Head!.QuerySelectorAll("style"));
            // Raw text, not escaped: a CSS string may hold < and & as they are.
            Assert.Equal("body { color: red; }\n.x::after { content: \"<b>&amp;\"; }", style.TextContent);
        }
    }

    [Fact]
    public async Task AStylesheetThatWouldEndItsStyleElementStopsTheBuildNamingTheFile()
    {
        using var site = new TempSite();
        site.WriteBytes("theme/assets/style.css", Encoding.UTF8.GetBytes("body { color: red; }\n/* </STYLE><script>alert(1)</script> */\n"));
        var run = await site.BuildAsync("--progress", "none");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("style.css", run.Error);
        Assert.Contains("'</style'", run.Error);
        Assert.False(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void TheCspSourceIsTheBase64Sha256OfTheUtf8Text()
    {
        // The value browsers compute for <style>body{}</style>, as in CSP Level 3's examples.
        Assert.Equal("'sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData("body{}"u8)) + "'", InlineStyle.CspSource("body{}"));
        Assert.Matches("^'sha256-[A-Za-z0-9+/]{43}='$", InlineStyle.CspSource("é"));
    }
}
