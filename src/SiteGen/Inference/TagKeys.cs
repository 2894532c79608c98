using System.Globalization;
using System.Text;

namespace SiteGen.Inference;

/// <summary>
/// The key two spellings of one tag share: lowercase, without diacritics, apostrophes or dots, one space between
/// words. <c>Jum'at</c> and <c>Jumat</c>, <c>Kémhan</c> and <c>KEMHAN</c> meet; the display keeps the commonest spelling.
/// </summary>
public static class TagKeys
{
    public static string Fold(string text) => Fold(text.AsSpan());

    public static string Fold(ReadOnlySpan<char> text)
    {
        // Most words are plain ASCII letters and digits: lowercase them in one allocation.
        var plain = true;
        foreach (var c in text)
            if (!char.IsAsciiLetterOrDigit(c)) { plain = false; break; }
        if (plain)
        {
            Span<char> lower = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
            text.ToLowerInvariant(lower);
            return new string(lower);
        }

        var ascii = true;
        foreach (var c in text) if (c > 0x7F) { ascii = false; break; }
        if (!ascii) text = text.ToString().Normalize(NormalizationForm.FormD);

        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c > 0x7F && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '’' or '‘' or '.') continue;
            if (char.IsWhiteSpace(c) || c == '-')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
