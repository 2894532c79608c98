using System.Text;
using SiteGen.Model;
using SiteGen.Reading;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Reading;

/// <summary>The seed parser's text repairs: made before anything is parsed, recorded on the article, each one optional.</summary>
public class SeedArticleParserRepairTests
{
    private static SeedArticleParser.Result Parse(string text, TextRepairs repairs = TextRepairs.All) =>
        SeedArticleParser.Parse("seeds/a.txt", Encoding.UTF8.GetBytes(text), repairs);

    // The shapes of an Okezone article of the real corpus: Mac Roman quotes and dash, a teaser line, a comma run.
    private const string Scraped = "Sapi‚ÄìSawit Jadi Andalan\n‚Äì Menteri Pertanian tiba,, kata dia.\nBaca juga:\n‚ÄúKami siap,‚Äù ujarnya.";

    [Fact]
    public void RepairsTheTextAndSaysWhichRepairsItMade()
    {
        var result = Parse(Scraped);
        var a = result.Article!;
        Assert.Equal("Sapi–Sawit Jadi Andalan", a.Title);
        Assert.Equal(["Menteri Pertanian tiba, kata dia.", "“Kami siap,” ujarnya."], a.Paragraphs);
        Assert.Equal(TextRepairs.Mojibake | TextRepairs.Teaser | TextRepairs.Debris, a.Repairs);
        Assert.Empty(result.Diagnostics); // repairs are not problems: no warning per article
    }

    [Fact]
    public void WithRepairsOffTheTextIsAsTheFileHasIt()
    {
        var a = Parse(Scraped, TextRepairs.None).Article!;
        Assert.Equal("Sapi‚ÄìSawit Jadi Andalan", a.Title);
        Assert.Equal(["‚Äì Menteri Pertanian tiba,, kata dia.", "Baca juga:", "‚ÄúKami siap,‚Äù ujarnya."], a.Paragraphs);
        Assert.Equal(TextRepairs.None, a.Repairs);
    }

    [Fact]
    public void EachRepairCanBeTurnedOffAlone()
    {
        var a = Parse(Scraped, TextRepairs.All & ~TextRepairs.Teaser).Article!;
        Assert.Contains("Baca juga:", a.Paragraphs);
        Assert.Equal("Sapi–Sawit Jadi Andalan", a.Title);
        Assert.Equal(TextRepairs.Mojibake | TextRepairs.Debris, a.Repairs);
    }

    [Fact]
    public void TheSeedArticleNeedsNoRepair()
    {
        var a = SeedArticleParser.Parse("seeds/000_bba47c1f16d6e6cf.txt", File.ReadAllBytes(RepoPaths.SeedArticle)).Article!;
        Assert.Equal(TextRepairs.None, a.Repairs);
        Assert.Equal(a.Paragraphs, SeedArticleParser.Parse("seeds/000_bba47c1f16d6e6cf.txt", File.ReadAllBytes(RepoPaths.SeedArticle), TextRepairs.None).Article!.Paragraphs);
    }

    [Fact]
    public void TheDatelineGrammarSeesRepairedText()
    {
        var a = Parse("Judul\nJAKARTA, iNews.id ‚Äì Isi berita.").Article!;
        Assert.Equal("JAKARTA", a.City);
        Assert.Equal("Isi berita.", a.Lead);
    }

    [Fact]
    public void ATitleWithoutBodyIsBlankAndSaysItIsLeftOut()
    {
        var result = Parse("Kuis: Tebak Gambar Ini");
        Assert.True(result.Article!.Blank);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("seeds/a.txt", warning.File);
        Assert.Contains("no body text; left out of the site", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABodyOfCruftAloneIsBlankToo()
    {
        var result = Parse("Kuis: Tebak Gambar Ini\nBaca juga:\n,,");
        Assert.True(result.Article!.Blank);
        Assert.Contains("once scraper cruft is removed", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FrontMatterDraftFalsePublishesABlankArticle()
    {
        var result = Parse("---\ndraft: false\n---\nKuis: Tebak Gambar Ini");
        Assert.True(result.Article!.Blank);
        Assert.Contains("published because its front matter says draft: false", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AUtf8FileWithAStrayWindows1252ByteComesOutRightBothWays()
    {
        // Not valid UTF-8 as a whole, so read as Windows-1252 (with the warning); the repair then reads the UTF-8 back.
        var bytes = Encoding.UTF8.GetBytes("Judul\n“Kami” minum kopi di café ").Concat(new byte[] { 0xE9 }).ToArray();
        var result = SeedArticleParser.Parse("seeds/a.txt", bytes, TextRepairs.All);
        Assert.Equal("“Kami” minum kopi di café é", result.Article!.Lead);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("Windows-1252", StringComparison.Ordinal));
        Assert.Equal(TextRepairs.Mojibake, result.Article.Repairs);
    }

    [Fact]
    public void AWindows1252FileIsReadRightAndLeftAlone()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("Judul\n“Kami” minum kopi di café, São Paulo – PELÉ”");
        var a = SeedArticleParser.Parse("seeds/a.txt", bytes, TextRepairs.All).Article!;
        Assert.Equal("“Kami” minum kopi di café, São Paulo – PELÉ”", a.Lead);
        Assert.Equal(TextRepairs.None, a.Repairs);
    }

    [Fact]
    public void TheParagraphsOfAPageAreTheOnesInferenceSaw()
    {
        var bytes = Encoding.UTF8.GetBytes(Scraped);
        Assert.Equal(SeedArticleParser.Parse("seeds/a.txt", bytes, TextRepairs.All).Article!.Paragraphs, SeedArticleParser.Paragraphs("seeds/a.txt", bytes, TextRepairs.All));
        Assert.Equal(SeedArticleParser.Parse("seeds/a.txt", bytes, TextRepairs.None).Article!.Paragraphs, SeedArticleParser.Paragraphs("seeds/a.txt", bytes, TextRepairs.None));
    }

    [Theory]
    [InlineData("Judul\nIsi berita.\nEditor: Anton Suhartono\nBaca juga:")]
    [InlineData("Judul\nIsi berita.\n, Editor: Anton Suhartono")]
    public void CruftDoesNotHideTheEditorLine(string text)
    {
        var a = Parse(text).Article!;
        Assert.Equal("Anton Suhartono", a.Editor);
        Assert.Equal(["Isi berita."], a.Paragraphs);
    }
}
