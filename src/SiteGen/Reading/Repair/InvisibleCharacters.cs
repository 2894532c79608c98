using System.Buffers;
using System.Text;

namespace SiteGen.Reading.Repair;

/// <summary>
/// Drops the invisible format characters that reach article text only as residue of web pages and word processors:
/// zero-width space, word joiner, left-to-right and right-to-left marks, the bidi embeddings, overrides and isolates,
/// and byte order marks inside the text. Characters that do something for a reader stay: the soft hyphen (a place
/// to break a word), the zero-width joiner and non-joiner (Persian, Indic scripts, emoji sequences), and a
/// zero-width space between two letters of a script written without spaces (Thai, Javanese), where it is the word break.
/// </summary>
public static class InvisibleCharacters
{
    private static readonly SearchValues<char> Dropped = SearchValues.Create(
        "\u200B\u200E\u200F\u2060\uFEFF\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>The text without them; the same instance when it has none.</summary>
    public static string Drop(string text)
    {
        var first = text.AsSpan().IndexOfAny(Dropped);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!Dropped.Contains(c) || (c == '\u200B' && IsWordBreak(text, i))) sb.Append(c);
        }
        return sb.Length == text.Length ? text : sb.ToString();
    }

    private static bool IsWordBreak(string text, int i) =>
        i > 0 && i + 1 < text.Length
        && Rune.DecodeLastFromUtf16(text.AsSpan(0, i), out var before, out _) == OperationStatus.Done
        && Rune.DecodeFromUtf16(text.AsSpan(i + 1), out var after, out _) == OperationStatus.Done
        && Rune.IsLetter(before) && Rune.IsLetter(after)
        && Scripts.WrittenWithoutSpaces(before.Value) && Scripts.WrittenWithoutSpaces(after.Value);
}
