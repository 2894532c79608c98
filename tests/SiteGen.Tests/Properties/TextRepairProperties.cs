using System.Text;
using CsCheck;
using SiteGen.Reading.Repair;
using SiteGen.Model;

namespace SiteGen.Tests.Properties;

/// <summary>
/// The text repair on generated text: idempotent on anything; clean text is a fixed point; clean text mis-read as
/// UTF-8 in each code page (by .NET's own decoders, not SiteGen's tables) comes back exactly.
/// </summary>
public class TextRepairProperties
{
    private const TextRepairs WholeText = TextRepairs.Mojibake | TextRepairs.Invisible;

    private static readonly Encoding Windows1252, MacRoman;

    static TextRepairProperties()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
        MacRoman = Encoding.GetEncoding(10000);
    }

    public static TheoryData<string> CodePages => ["Windows-1252", "Latin-1", "Mac Roman", "Windows-1252 twice", "Mac Roman twice"];

    private static string Misread(string text, string codePage) => codePage switch
    {
        "Windows-1252" => Windows1252.GetString(Encoding.UTF8.GetBytes(text)),
        "Latin-1" => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text)),
        "Mac Roman" => MacRoman.GetString(Encoding.UTF8.GetBytes(text)),
        "Windows-1252 twice" => Misread(Misread(text, "Windows-1252"), "Windows-1252"),
        "Mac Roman twice" => Misread(Misread(text, "Mac Roman"), "Mac Roman"),
        _ => throw new ArgumentException(codePage),
    };

    private static string Repair(string text) => TextRepair.Repair(text, WholeText).Text;

    [Fact]
    public void RepairIsIdempotent() =>
        Gen.OneOf(Gen.String, TextGenerators.SeedLikeText, CleanText.Generator,
                CleanText.Generator.Select(s => Misread(s, "Windows-1252")), CleanText.Generator.Select(s => Misread(s, "Mac Roman")),
                // Mojibake beside right text, and mis-read text cut at any point (sequences broken in two).
                Gen.Select(CleanText.Generator, CleanText.Generator).Select((a, b) => a + Misread(b, "Mac Roman")),
                Gen.Select(CleanText.Generator, Gen.Int[0, 200]).Select((s, cut) => { var m = Misread(s, "Windows-1252"); return m[..Math.Min(cut, m.Length)]; }))
            .Sample(text =>
            {
                var once = Repair(text);
                Assert.Equal(once, Repair(once));
            }, iter: 5_000);

    [Fact]
    public void CleanTextIsAFixedPoint() =>
        CleanText.Generator.Sample(text => Assert.Equal(text, Repair(text)), iter: 5_000);

    [Theory]
    [MemberData(nameof(CodePages))]
    public void RepairUndoesTheMisreading(string codePage) =>
        CleanText.Generator.Sample(text => Assert.Equal(text, Repair(Misread(text, codePage))), iter: 3_000);

    [Fact]
    public void RepairNeverThrowsAndNeverLengthensTextExceptByNfc() =>
        Gen.String.Sample(text =>
        {
            var repaired = Repair(text);
            Assert.True(repaired.Length <= Math.Max(text.Length, UnicodeForm.Nfc(text).Length), $"{repaired.Length} > {text.Length}");
        }, iter: 5_000);
}

/// <summary>
/// Right text as archives hold it: words of many scripts (accented Latin, Vietnamese, Arabic, Hebrew, Cyrillic,
/// Greek, CJK, Javanese, Thai), numbers and symbols, emoji, curly quotes and dashes around and between them, in NFC,
/// without the invisible characters the repair drops.
/// <para>
/// Three forms are left out because they are ambiguous, not because the repair gets them wrong: a capital that starts
/// the common Windows-1252 forms (Â Ã Ä Å Î Ï Ð Ñ Ø Ù) or Œ œ right before a symbol (real words put a letter there,
/// as in SÃO or cœur); an accented small letter of a made-up word right before two closing marks (<c>á»…</c> is also
/// the Windows-1252 of Vietnamese ễ); and a lone Cyrillic or Armenian letter on a line with no other mojibake (its
/// Mac Roman form, <c>–í</c> for В, is also an en dash and an í).
/// </para>
/// </summary>
public static class CleanText
{
    private static readonly string[] Words =
    [
        "berita", "Jakarta", "Menteri", "kata", "dia", "Rp3,5", "2019", "(27/7/2023)", "iNews.id", "KPK",
        "São", "Paulo", "SÃO", "PAULO", "MÃE", "Çağrı", "İstanbul", "Kraków", "Zürich", "Straße", "façade", "naïve", "Ærø",
        "Øresund", "Škoda", "Dvořák", "Łódź", "Nguyễn", "Phú", "Trọng", "Đà", "Nẵng", "Thừa", "Thiên–Huế", "café", "crème",
        "niño", "Ñandú", "PELÉ", "CAFÉ", "ÉLYSÉE", "cœur", "sœur", "ÆRØ", "Ștefan", "Iași", "Modrić", "Pokémon", "Ôi",
        "東京", "北京市", "土", "水", "서울", "とうきょう", "العربية", "الله", "و", "עברית", "Москва", "Путин", "Ελλάδα", "α",
        "ꦗꦮꦶ", "ไทย", "हिन्दी", "Հայաստան",
        "½", "30°C", "€5", "Coca-Cola®", "Windows™", "©", "5×3", "±1%", "µg/m3", "≥", "2π", "√2", "…", "·",
        "😂", "❤️", "👍🏽", "👨‍👩‍👧", "🇮🇩",
    ];

    private const string AsciiLetters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    // Accented letters as they occur in words: never two in a row, never one of the ambiguous capitals.
    private const string Accented = "àáâãäåæçèéêëìíîïñòóôõöøùúûüýßÀÁÇÈÉÊËÌÍÒÓÔÕÖÙÚÛÜÝÆăąćčďęěğıłńňőřśşšťůűźżžĞŠŽŁ";

    private static readonly Gen<string> MadeUpWord =
        Gen.Select(Gen.Char[AsciiLetters].Array[1, 4], Gen.Char[Accented], Gen.Char[AsciiLetters].Array[1, 4], Gen.Bool)
            .Select((head, accent, tail, accented) => new string(head) + (accented ? accent.ToString() : "") + new string(tail));

    private static readonly Gen<string> Word = Gen.Frequency((3, Gen.OneOf(Words)), (2, MadeUpWord));

    // How a word stands in a sentence: bare, quoted, or followed by closing punctuation.
    private static readonly Gen<string> Closer = Gen.OneOf("”", "’", "»", "…", "!", "?", ",", ".", ":");

    // How a word stands in a sentence: bare, quoted, or followed by closing punctuation.
    private static readonly Gen<string> Token = Gen.Select(Word, Gen.Int[0, 7], Closer).Select((w, shape, closer) => shape switch
    {
        0 => "“" + w + "”",
        1 => "‘" + w + "’",
        2 => "«" + w + "»",
        3 => "\"" + w + "\"",
        4 => w + closer,
        _ => w,
    });

    private static readonly Gen<string> Separator = Gen.OneOf(" ", " ", " ", " ", ", ", ". ", " – ", " — ", "… ", "\n", " (", ") ", ": ", "\u00A0", "! ", "? ");

    public static readonly Gen<string> Generator =
        Gen.Select(Token, Separator).Array[1, 12]
            .Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)).Normalize(NormalizationForm.FormC));
}
