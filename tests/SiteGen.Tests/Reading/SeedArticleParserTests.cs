using System.Text;
using SiteGen.Engine;
using SiteGen.Reading;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Reading;

public class SeedArticleParserTests
{
    private static SeedArticleParser.Result Parse(string text, string file = "seeds/a.txt") =>
        SeedArticleParser.Parse(file, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void ParsesTheRealSeedArticle()
    {
        var result = SeedArticleParser.Parse("seeds/000_bba47c1f16d6e6cf.txt", File.ReadAllBytes(RepoPaths.SeedArticle));
        var a = result.Article!;

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Ngeri! Rusia dan Korut Bakal Perkuat Kerja Sama Pertahanan", a.Title);
        Assert.Equal("MOSKOW", a.City);
        Assert.Equal("iNews.id", a.Source);
        Assert.Equal("Anton Suhartono", a.Editor);
        Assert.Equal(11, a.Paragraphs.Count);
        Assert.StartsWith("Rusia dan Korea Utara (Korut) berencana", a.Lead);
        Assert.Equal(a.Lead, a.Paragraphs[0]);
        Assert.DoesNotContain(a.Paragraphs, p => p.StartsWith("Editor", StringComparison.Ordinal));
        Assert.InRange(a.WordCount, 250, 280);
        Assert.Equal(2, a.ReadingMinutes);
    }

    [Theory]
    [InlineData("JAKARTA, iNews.id - Isi berita.", "JAKARTA", "iNews.id")]
    [InlineData("JAKARTA, iNews.id – Isi berita.", "JAKARTA", "iNews.id")]
    [InlineData("TANJUNG LESUNG, iNews.id - Isi berita.", "TANJUNG LESUNG", "iNews.id")]
    [InlineData("iNews.id - Isi berita.", null, "iNews.id")]
    [InlineData("LE BOURGET - Isi berita.", "LE BOURGET", null)]
    [InlineData(", - Isi berita.", null, null)]
    [InlineData("- Isi berita.", null, null)]
    [InlineData("Isi berita.", null, null)]
    public void SplitsTheDatelineVariants(string first, string? city, string? source)
    {
        var a = Parse($"Judul\n{first}\nParagraf kedua.").Article!;
        Assert.Equal("Isi berita.", a.Lead);
        Assert.Equal(city, a.City);
        Assert.Equal(source, a.Source);
    }

    [Theory]
    [InlineData("Editor: Nama Orang")]
    [InlineData("Editor : Nama Orang")]
    [InlineData("editor:Nama Orang")]
    public void ReadsTheEditorLine(string line)
    {
        var a = Parse($"Judul\nJAKARTA, iNews.id - Isi.\n{line}").Article!;
        Assert.Equal("Nama Orang", a.Editor);
        Assert.Single(a.Paragraphs);
    }

    [Fact]
    public void AnArticleWithoutEditorOrDatelineStillParses()
    {
        var result = Parse("Judul saja\nParagraf satu.\nParagraf dua.");
        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Article!.Editor);
        Assert.Null(result.Article.City);
        Assert.Equal(["Paragraf satu.", "Paragraf dua."], result.Article.Paragraphs);
    }

    [Fact]
    public void SurvivesBomCrlfTabsAndNoBreakSpaces()
    {
        var text = "\uFEFFJudul\u00A0 berita \r\nJAKARTA, iNews.id -\tIsi\u00A0\u00A0berita.  \r\n\r\n  \r\nParagraf\t dua.\r\nEditor: Nama\r\n";
        var a = Parse(text).Article!;
        Assert.Equal("Judul berita", a.Title);
        Assert.Equal(["Isi berita.", "Paragraf dua."], a.Paragraphs);
        Assert.Equal("Nama", a.Editor);
    }

    [Fact]
    public void ATitleWithNoBodyIsAWarning()
    {
        var result = Parse("Hanya judul\n");
        Assert.NotNull(result.Article);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("seeds/a.txt", d.File);
        Assert.Contains("no body", d.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n  ")]
    [InlineData("\uFEFF")]
    public void AnEmptyFileIsAnErrorAndNoArticle(string text)
    {
        var result = Parse(text, "seeds/kosong.txt");
        Assert.Null(result.Article);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal("seeds/kosong.txt", d.File);
    }

    [Fact]
    public void InvalidUtf8IsDecodedAsWindows1252WithAWarning()
    {
        // "Café – berita" in Windows-1252: é = 0xE9, en dash = 0x96.
        var bytes = new byte[] { (byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0x96, (byte)' ', (byte)'b', (byte)'\n', (byte)'I', (byte)'s', (byte)'i' };
        var result = SeedArticleParser.Parse("seeds/lama.txt", bytes);
        Assert.Equal("Café – b", result.Article!.Title);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("Windows-1252", d.Message);
    }

    [Fact]
    public void ABinaryFileIsAnErrorNamingTheFile()
    {
        var png = new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };
        var result = SeedArticleParser.Parse("seeds/foto.txt", png);
        Assert.Null(result.Article);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal("seeds/foto.txt", d.File);
        Assert.Contains("binary", d.Message);

        var noise = new byte[4096];
        new Random(1).NextBytes(noise);
        Assert.Null(SeedArticleParser.Parse("seeds/acak.txt", noise).Article);
    }

    [Fact]
    public void ANulByteInTextIsRemovedWithAWarning()
    {
        var result = Parse("Judul\0 berita\nIsi.");
        Assert.Equal("Judul berita", result.Article!.Title);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("NUL"));
    }

    [Fact]
    public void FrontMatterOverridesTheText()
    {
        var text = "---\ntitle: Judul Lain\ndate: 2023-07-27\ntags: [Rusia, Korea Utara]\nslug: judul-lain\neditor: Penyunting\ncity: BANDUNG\ndraft: true\n---\nJudul asli\nJAKARTA, iNews.id - Isi.\nEditor: Asli";
        var a = Parse(text).Article!;
        Assert.Equal("Judul Lain", a.Title);
        Assert.Equal("Penyunting", a.Editor);
        Assert.Equal("BANDUNG", a.City);
        Assert.True(a.Draft);
        Assert.Equal("judul-lain", a.SlugOverride);
        Assert.Equal(new DateOnly(2023, 7, 27), a.FrontMatter.Date);
        Assert.Equal(["Rusia", "Korea Utara"], a.FrontMatter.Tags);
        Assert.Equal(["Isi."], a.Paragraphs);
    }

    [Fact]
    public void BrokenFrontMatterIsReportedWithItsLineAndTheArticleStillParses()
    {
        var result = Parse("---\ntitle: [tidak ditutup\n---\nJudul\nIsi.");
        Assert.Equal("Judul", result.Article!.Title);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.NotNull(d.Line);
    }

    [Fact]
    public void AnAliasBombInFrontMatterCostsNothing()
    {
        var yaml = new StringBuilder("---\na: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        for (var i = 0; i < 9; i++) yaml.Append($"{(char)('b' + i)}: &{(char)('b' + i)} [*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)}]\n");
        yaml.Append("tags: *j\ntitle: Bom\n---\nJudul\nIsi.");
        var result = Parse(yaml.ToString());
        Assert.Equal("Bom", result.Article!.Title);
    }

    [Fact]
    public void DeeplyNestedFrontMatterDoesNotOverflowTheStack()
    {
        var deep = new string('[', 20000) + new string(']', 20000);
        var result = Parse($"---\ntitle: Dalam\nx: {deep}\n---\nJudul\nIsi.");
        Assert.NotNull(result.Article);
    }

    [Fact]
    public void FrontMatterValuesAreTidiedLikeLinesOfText()
    {
        // YAML escapes and block scalars can write what a line of article text never holds.
        var text = "---\ntitle: \"Judul\\x01 \\uFFFE dengan\\x1b[31m kontrol\"\n" +
                   "editor: |\n  Nama\n  Panjang\ncity: \"KO\\tTA\"\ntags: [\"a\\x02b\", \" \\x03 \"]\n---\nJudul asli\nIsi.";
        var result = Parse(text);
        Assert.Empty(result.Diagnostics);
        var a = result.Article!;
        Assert.Equal("Judul dengan[31m kontrol", a.Title);
        Assert.Equal("Nama Panjang", a.Editor);
        Assert.Equal("KO TA", a.City);
        Assert.Equal(["ab"], a.FrontMatter.Tags);
    }

    [Fact]
    public void MoreThanAHundredFrontMatterTagsAreCutWithAWarningOnTheirLine()
    {
        var tags = string.Join(",", Enumerable.Range(0, 10_000).Select(i => $"t{i}")); // 59 KB: under the front matter limit
        var result = Parse($"---\ntitle: Banyak\ntags: [{tags}]\n---\nJudul\nIsi.");
        Assert.Equal(DeclaredTags.Max, result.Article!.FrontMatter.Tags!.Count);
        Assert.Equal("t99", result.Article.FrontMatter.Tags[^1]);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, "seeds/a.txt", 3), (d.Severity, d.File, d.Line));
        Assert.Contains("10000 tags", d.Message);
    }

    [Fact]
    public void AnEmptyFrontMatterValueIsTheSameAsNoValue()
    {
        var result = Parse("---\ntitle: \"\"\neditor:\ndate:\ntags:\ncity: \" \\x01 \"\n---\nJudul teks\nJAKARTA - Isi.\nEditor: Penyunting");
        Assert.Empty(result.Diagnostics);
        var a = result.Article!;
        Assert.Equal(("Judul teks", "Penyunting", "JAKARTA"), (a.Title, a.Editor, a.City));
        Assert.Null(a.FrontMatter.Date);
        Assert.Null(a.FrontMatter.Tags);
    }

    [Theory]
    [InlineData("? {\na")]
    [InlineData("?\u2028{\u2028a")]
    [InlineData("!!]")]
    public void FrontMatterTheYamlLibraryFailsOnIsAnErrorNotACrash(string yaml)
    {
        var result = Parse($"---\n{yaml}\n---\nJudul\nIsi.");
        Assert.Equal("Judul", result.Article!.Title);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Error, 1), (d.Severity, d.Line));
        Assert.Contains("front matter is not valid YAML", d.Message);
    }
}
