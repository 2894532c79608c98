using SiteGen.Checks;

namespace SiteGen.Tests.Checks;

public class SrcsetTests
{
    [Theory]
    [InlineData("a.jpg", new[] { "a.jpg" })]
    [InlineData("a.jpg 1x, b.jpg 2x", new[] { "a.jpg", "b.jpg" })]
    [InlineData("/img/kecil.jpg 480w,/img/besar.jpg 1080w", new[] { "/img/kecil.jpg", "/img/besar.jpg" })]
    [InlineData("a.jpg, b.jpg 2x", new[] { "a.jpg", "b.jpg" })]
    // As in HTML's parser, a comma inside a URL belongs to it; only trailing commas separate.
    [InlineData("a.jpg,b.jpg 2x", new[] { "a.jpg,b.jpg" })]
    [InlineData("a.jpg,, b.jpg", new[] { "a.jpg", "b.jpg" })]
    [InlineData("  a.jpg  100w (max-width: 1px, 2px),  b.jpg ", new[] { "a.jpg", "b.jpg" })]
    [InlineData("", new string[0])]
    public void Urls_are_the_candidates_without_descriptors(string srcset, string[] expected)
    {
        Assert.Equal(expected, Srcset.Urls(srcset));
    }
}
