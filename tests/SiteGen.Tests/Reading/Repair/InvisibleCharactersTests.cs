using SiteGen.Reading.Repair;

namespace SiteGen.Tests.Reading.Repair;

public class InvisibleCharactersTests
{
    [Theory]
    [InlineData("Aiman \u200B\u200BMazyek", "Aiman Mazyek")]
    [InlineData("KPK telah \u200Emenetapkan", "KPK telah menetapkan")]
    [InlineData("136,392\u202C batang", "136,392 batang")]
    [InlineData("\uFEFFJudul", "Judul")]
    [InlineData("a\u2060b\u200Fc\u202Ed\u2066e\u2069", "abcde")]
    public void DropsInvisibleFormatCharacters(string text, string expected) => Assert.Equal(expected, InvisibleCharacters.Drop(text));

    [Theory]
    [InlineData("Kon\u00ADtra")] // soft hyphen: where a word may break
    [InlineData("می\u200Cخواهم")] // zero-width non-joiner in Persian
    [InlineData("👨\u200D👩\u200D👧")] // zero-width joiner in an emoji family
    [InlineData("ภาษา\u200Bไทย")] // zero-width space as Thai's word break
    [InlineData("ꦗꦮ\u200Bꦱꦸꦏ")] // and Javanese's
    public void KeepsTheOnesThatDoSomething(string text) => Assert.Same(text, InvisibleCharacters.Drop(text));

    [Fact]
    public void NfcComposesAndLeavesComposedTextAsItIs()
    {
        Assert.Equal("café", UnicodeForm.Nfc("cafe\u0301"));
        const string composed = "São Paulo, Çağrı, 東京";
        Assert.Same(composed, UnicodeForm.Nfc(composed));
        // .NET refuses to normalise lone surrogates; the text around one still is.
        Assert.Equal("é\uD800é", UnicodeForm.Nfc("e\u0301\uD800e\u0301"));
    }
}
