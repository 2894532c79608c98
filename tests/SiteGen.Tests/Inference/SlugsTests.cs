using SiteGen.Inference;

namespace SiteGen.Tests.Inference;

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
}
