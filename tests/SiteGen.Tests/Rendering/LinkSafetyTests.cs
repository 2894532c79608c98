using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

public class LinkSafetyTests
{
    [Theory]
    [InlineData("")]
    [InlineData("/tag/rusia/")]
    [InlineData("#isi")]
    [InlineData("../arsip/")]
    [InlineData("halaman?q=a:b")]
    [InlineData("https://contoh.example/a:b")]
    [InlineData("HTTP://contoh.example/")]
    [InlineData("mailto:redaksi@contoh.example")]
    [InlineData("tel:+62211234")]
    public void RelativeLinksAndOrdinarySchemesAreSafe(string url) => Assert.True(LinkSafety.IsSafe(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData(" \u0001javascript:alert(1)")]
    [InlineData("java\tscr\nipt:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox")]
    [InlineData("file:///etc/passwd")]
    public void ScriptDataAndOtherSchemesAreNot(string url) => Assert.False(LinkSafety.IsSafe(url));
}
