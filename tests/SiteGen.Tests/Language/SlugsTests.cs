using SiteGen.Language;

namespace SiteGen.Tests.Language;

public class SlugsTests
{
    [Theory]
    [InlineData("Ngeri! Rusia dan Korut Bakal Perkuat Kerja Sama Pertahanan", "ngeri-rusia-dan-korut-bakal-perkuat-kerja-sama-pertahanan")]
    [InlineData("Café Niño à Paris", "cafe-nino-a-paris")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("Jum'at Berkah", "jumat-berkah")]
    [InlineData("CON", "con-1")]
    [InlineData("!!! ??? ...", "")]
    [InlineData("😀😀😀", "")]
    [InlineData(".hidden", "hidden")]
    public void MakesCleanAsciiSlugs(string title, string expected) => Assert.Equal(expected, Slugs.From(title));

    [Fact]
    public void LongTitlesAreCutAtAWordBoundaryWithinEightyCharacters()
    {
        var slug = Slugs.From(string.Concat(Enumerable.Repeat("Pemerintah Provinsi ", 30)));
        Assert.InRange(slug.Length, 1, Slugs.MaxLength);
        Assert.DoesNotMatch("-$", slug);
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", slug);
    }

    [Fact]
    public void TextTheUnicodeNormaliserRefusesStillGivesASlug()
    {
        // U+FFFE is valid UTF-8 and YAML escapes can write lone surrogates; string.Normalize throws on both.
        Assert.Equal("judul-rusak", Slugs.From("Judul\uFFFE Rusak\uD800"));
        Assert.Equal("a-b", Slugs.From("a\uDC00 \uFFFF b"));
        Assert.Equal("emoji-tetap", Slugs.From("emoji \uD83D\uDE00 tetap")); // a valid pair is kept (and dropped as a non-letter)
    }
}
