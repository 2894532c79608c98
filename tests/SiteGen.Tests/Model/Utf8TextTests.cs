using CsCheck;
using SiteGen.Model;

namespace SiteGen.Tests.Model;

public class Utf8TextTests
{
    [Fact]
    public void AnyStringReadsBackAsItWasGivenUnpairedSurrogatesToo() =>
        Gen.OneOf(Gen.String, Gen.Char.Array.Select(chars => new string(chars))).Sample(text =>
        {
            Assert.Equal(text, Utf8Text.From(text).Value);
            Assert.Equal(Utf8Text.From(text), Utf8Text.From(new string(text)));
        }, iter: 5_000);

    [Fact]
    public void NoTextIsNotTheEmptyText()
    {
        Assert.True(Utf8Text.From(null).IsNull);
        Assert.Null(Utf8Text.From(null).Value);
        Assert.Equal("", Utf8Text.From("").Value);
        Assert.NotEqual(Utf8Text.From(null), Utf8Text.From(""));
        Assert.Equal(default, Utf8Text.From(null));
    }

    [Fact]
    public void DifferentTextsAreNotEqual()
    {
        Assert.NotEqual(Utf8Text.From("Banjir di Jakarta"), Utf8Text.From("Banjir di Bandung"));
        Assert.NotEqual(Utf8Text.From("a\uD800"), Utf8Text.From("a\uFFFD")); // a lone surrogate is not its replacement
    }

    [Fact]
    public void AnArticlesSummaryIsTheTextItWasGivenAndTwoArticlesWithTheSameOneAreEqual()
    {
        var a = new Article { SourcePath = "seeds/a.txt", Title = "Judul", Summary = "Pembuka “kutipan” — é" };
        var b = new Article { SourcePath = "seeds/a.txt", Title = "Judul", Summary = new string("Pembuka “kutipan” — é") };

        Assert.Equal("Pembuka “kutipan” — é", a.Summary);
        Assert.Equal(a, b);
        Assert.NotEqual(a, b with { Summary = "lain" });
        Assert.Null((a with { Summary = null }).Summary);
    }
}
