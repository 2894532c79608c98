using System.Text;
using SiteGen.Cli.Serve;

namespace SiteGen.Tests.Serve;

public class ReloadScriptInjectorTests
{
    private const string Tag = "<script src=\"/__sitegen/reload.js\" defer></script>";

    [Fact]
    public void Goes_before_the_last_closing_body_tag()
    {
        var html = "<html><body><p>&lt;/body&gt; in text</p><pre></body></pre>\n</BODY>\n</html>";
        var result = Inject(html);
        Assert.Equal($"<html><body><p>&lt;/body&gt; in text</p><pre></body></pre>\n{Tag}</BODY>\n</html>", result);
    }

    [Fact]
    public void Is_appended_to_a_page_without_a_body_end()
    {
        Assert.Equal("<p>fragment</p>" + Tag, Inject("<p>fragment</p>"));
    }

    [Fact]
    public void Leaves_utf8_text_untouched()
    {
        var html = "<html><body><h1>Berita · Jakarta — “kutipan”</h1></body></html>";
        Assert.Equal($"<html><body><h1>Berita · Jakarta — “kutipan”</h1>{Tag}</body></html>", Inject(html));
    }

    [Fact]
    public void The_tag_escapes_the_build_version()
    {
        Assert.Equal("<script src=\"/__sitegen/reload.js\" data-sitegen-build=\"a&quot;&gt;\" defer></script>", ReloadScriptInjector.Tag("a\">"));
    }

    private static string Inject(string html) => Encoding.UTF8.GetString(ReloadScriptInjector.Inject(Encoding.UTF8.GetBytes(html), Tag));
}
