using System.Buffers;
using System.Globalization;
using System.Text;

namespace SiteGen.Reading.Repair;

/// <summary>
/// The two judgements that keep <see cref="Mojibake"/> from touching right text: is a decoded character plausible where
/// it would stand, and does a line show the marks of mojibake at all.
/// </summary>
internal static class MojibakeEvidence
{
    /// <summary>
    /// Characters that real text almost never puts right against another accented letter or symbol, but that mis-read
    /// UTF-8 is full of: the C1 controls, Mac Roman's math and Apple logo, Windows-1252's rarer punctuation, and the
    /// Latin-1 symbols that stand for continuation bytes (<c>©</c> in <c>Ã©</c>, <c>±</c> in <c>Œ±</c>). Ordinary
    /// punctuation (“ ” ‘ ’ – — … •), accented letters and the no-break space are not in it: <c>PELÉ”</c> and
    /// <c>café…”</c> are text, not evidence.
    /// </summary>
    private static readonly SearchValues<char> TellCharacters = SearchValues.Create(
        "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F" +
        "‚„†‡ˆ‰‹›˜™€ƒ¡¢£¤¥¦§¨©ª«¬\u00AD®¯°±²³´µ¶·¸¹º»¼½¾¿×÷" +
        "√∂∑∏π∫Ω\u2126≠≤≥∞≈∆◊⁄ı˘˙˚˝˛ˇﬁﬂ\uF8FFÿŸ");

    /// <summary>
    /// Letters that start the common two-byte forms (<c>Ã©</c> é, <c>Â°</c> °, <c>Ä°</c> İ, <c>Å¡</c> š, <c>Î±</c> α,
    /// <c>Ï…</c> υ, <c>Ð¡</c> С, <c>Ñ…</c> х, <c>Ø§</c> ا, <c>Ù…</c> م; Mac Roman <c>œÄ</c> π) and almost never stand right
    /// before a symbol or another accented letter in real words. ftfy singles out the first few.
    /// </summary>
    private const string TellLeads = "ÂÃÄÅÎÏÐÑØÙŒœ";

    /// <summary>
    /// Whether the line shows the marks of mojibake in the sequences it would repair: a tell character, a tell lead,
    /// a lower-case letter run into a capital (<c>ÊúÄ</c>), three letters in one sequence (<c>Âúü</c>: no word chains
    /// a capital and two more accented letters), or two sequences back to back (<c>–ö—Ç</c>: real text does not chain
    /// accented letters and punctuation like that).
    /// </summary>
    public static bool HasTell(ReadOnlySpan<char> line, IReadOnlyList<Utf8Sequence> sequences)
    {
        for (var k = 0; k < sequences.Count; k++)
        {
            var s = sequences[k];
            var chars = line[s.Start..s.End];
            if (chars.IndexOfAny(TellCharacters) >= 0 || TellLeads.Contains(chars[0])) return true;
            if (k > 0 && sequences[k - 1].End == s.Start) return true;
            if (chars.Length >= 3 && AllLetters(chars)) return true;
            for (var i = 1; i < chars.Length; i++)
                if (char.IsLower(chars[i - 1]) && char.IsUpper(chars[i])) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="decoded"/> makes sense between <paramref name="left"/> and <paramref name="right"/> (null at
    /// a line's ends): an assigned, visible or meaningfully invisible character; a combining mark only on a letter it
    /// belongs with; a character of a script only beside letters of that script, and not one of the rare letters that
    /// mis-read punctuation lands on (<c>É”</c> would be IPA <c>ɔ</c>).
    /// </summary>
    public static bool IsPlausible(Rune decoded, Rune? left, Rune? right)
    {
        var v = decoded.Value;
        // A character of the code pages themselves is what the first of two layers of mojibake is made of (”, twice:
        // Ã¢â‚¬Â\u009D, whose first layer â€\u009D holds a C1 control; Путин's Ñƒ holds ƒ), whatever its script or range;
        // the next pass reads it back.
        if (v <= 0xFFFF && LegacyCodePage.AnyHighCharacter.Contains((char)v)) return true;

        var category = Rune.GetUnicodeCategory(decoded);
        if (category is UnicodeCategory.Control or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned)
            return false;
        if (v == 0xFFFD || IsNoncharacter(v)) return false;
        if (category == UnicodeCategory.Format) return IsCommonInvisible(v); // the invisible-character step decides what stays
        if (v is >= 0x0250 and <= 0x02FF) return false; // IPA and modifier letters: PELÉ™ is not PELə, mhOÊ» not mhOʻ
        if (v is >= 0x0180 and <= 0x024F && !IsCommonLatinExtendedB(v)) return false;
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            return IsPlausibleMark(decoded, left);

        // Beside a letter of another script it is mis-read punctuation: l’école's ’é is Armenian Վ, café»… a CJK radical.
        var script = Scripts.Of(v);
        if (script != Scripts.Common && (OtherScriptLetter(left, script) || OtherScriptLetter(right, script))) return false;
        if (v is < 0x0370 or > 0x07FF) return true;
        var leftOwn = IsOfScript(left, script);
        var rightOwn = IsOfScript(right, script);
        // Between Greek and NKo, a letter standing alone is a word only in the main alphabets (Greek α, Russian В, Hebrew
        // ו, Arabic و), and digits, signs and punctuation stand beside their own letters: a lone ҩ is Mac Roman's “©,
        // a lone ٠ the OÙ of French before a no-break space.
        return leftOwn || rightOwn || Rune.IsLetter(decoded) && IsMainAlphabetLetter(v);
    }

    private static bool IsPlausibleMark(Rune mark, Rune? left)
    {
        var v = mark.Value;
        // Variation selectors and the keycap follow emoji, digits and symbols, not only letters (❤️, 1️⃣).
        if (v is >= 0xFE00 and <= 0xFE0F or >= 0xE0100 and <= 0xE01EF or 0x20E3)
            return left is { } any && !Rune.IsWhiteSpace(any);
        if (left is not { } l) return false;
        if (Rune.GetUnicodeCategory(l) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark) return true; // stacked marks
        if (!Rune.IsLetter(l)) return false;
        if (v is >= 0x0300 and <= 0x036F)
        {
            // A generic diacritic is plausible where it makes a precomposed letter (e + ◌́ = é), as decomposed text does.
            var pair = l.ToString() + mark.ToString();
            return pair.Normalize(NormalizationForm.FormC).Length < pair.Length;
        }
        return Scripts.Of(v) == Scripts.Of(l.Value);
    }

    /// <summary>
    /// The letters of Latin Extended-B that languages in the news write: Vietnamese ơ ư, Romanian ș ț, Azerbaijani Ə.
    /// Pinyin's ǎ ǔ are left out: Windows-1252 writes them <c>Ç</c> plus punctuation, as in <c>FRANÇ’</c>, and Indonesian
    /// news writes Chinese names without tones.
    /// </summary>
    private static bool IsCommonLatinExtendedB(int v) =>
        v is 0x018F or 0x01A0 or 0x01A1 or 0x01AF or 0x01B0 or (>= 0x0218 and <= 0x021B);

    private static bool IsMainAlphabetLetter(int v) =>
        v is (>= 0x0386 and <= 0x03CE) or (>= 0x0400 and <= 0x045F) or (>= 0x05D0 and <= 0x05EA) or (>= 0x0621 and <= 0x06D3);

    /// <summary>Whether <paramref name="neighbour"/> is a letter or digit of <paramref name="script"/>.</summary>
    private static bool IsOfScript(Rune? neighbour, int script) =>
        neighbour is { } n && (Rune.IsLetter(n) || Rune.IsDigit(n) && n.Value > 0x7F) && Scripts.Of(n.Value) == script;

    private static bool OtherScriptLetter(Rune? neighbour, int script) =>
        neighbour is { } n && Rune.IsLetter(n) && Scripts.Of(n.Value) is var other && other != script && other != Scripts.Common;

    private static bool AllLetters(ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
            if (!char.IsLetter(c)) return false;
        return true;
    }

    /// <summary>
    /// The format characters web text carries (soft hyphen, zero-width space and joiners, direction marks and
    /// embeddings, word joiner, BOM, emoji tags): the mojibake of one is one of these. Other format characters (Arabic
    /// number signs, Syriac abbreviation mark) are where mis-read punctuation lands.
    /// </summary>
    private static bool IsCommonInvisible(int v) =>
        v is 0x00AD or (>= 0x200B and <= 0x200F) or (>= 0x202A and <= 0x202E) or (>= 0x2060 and <= 0x2064) or (>= 0x2066 and <= 0x2069)
            or 0xFEFF or (>= 0xE0020 and <= 0xE007F);

    private static bool IsNoncharacter(int v) => v is >= 0xFDD0 and <= 0xFDEF || (v & 0xFFFE) == 0xFFFE;
}
