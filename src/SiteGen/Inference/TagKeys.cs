using System.Globalization;
using System.Text;
using SiteGen.Language;

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
        if (!ascii) text = UnicodeDecomposition.WithoutUnnormalisable(text.ToString()).Normalize(NormalizationForm.FormD);

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

    /// <summary>
    /// Whether two folded long forms name the same thing: one is the other with words before it
    /// (<c>kabupaten kotawaringin barat</c>, <c>kotawaringin barat</c>), one leaves out an inner word of the other
    /// (<c>partai demokrasi perjuangan</c>) or writes some of its words as initials (<c>pdi perjuangan</c>), or they have as many words and differ by at most <see cref="TypoEdits"/>
    /// letters (<c>komisi pemberatansan korupsi</c>).
    /// </summary>
    public static bool SameName(string a, string b)
    {
        if (a.EndsWith(" " + b, StringComparison.Ordinal) || b.EndsWith(" " + a, StringComparison.Ordinal)) return true;
        if (OneWordLeftOut(a, b) || OneWordLeftOut(b, a) || WordsAsInitials(a, b) || WordsAsInitials(b, a)) return true;
        if (a.Count(c => c == ' ') != b.Count(c => c == ' ') || Math.Abs(a.Length - b.Length) > TypoEdits) return false;
        return EditDistance(a, b, TypoEdits) <= TypoEdits;
    }

    public const int TypoEdits = 2;

    /// <summary>
    /// <paramref name="shorter"/> is <paramref name="longer"/> with some run of its words written as their initials:
    /// <c>pdi perjuangan</c>, <c>partai demokrasi indonesia perjuangan</c>.
    /// </summary>
    private static bool WordsAsInitials(string longer, string shorter)
    {
        var l = longer.Split(' ');
        var s = shorter.Split(' ');
        if (s.Length < 2 || l.Length <= s.Length) return false;
        int i = 0, j = 0, abbreviated = 0;
        while (i < s.Length && j < l.Length)
        {
            if (s[i] == l[j]) { i++; j++; continue; }
            var k = s[i].Length;
            if (k < 2 || j + k > l.Length) return false;
            for (var m = 0; m < k; m++) if (l[j + m][0] != s[i][m]) return false;
            (i, j, abbreviated) = (i + 1, j + k, abbreviated + 1);
        }
        return i == s.Length && j == l.Length && abbreviated > 0;
    }

    /// <summary>
    /// <paramref name="shorter"/> is <paramref name="longer"/> with one inner word left out, both of at least three
    /// words: <c>partai demokrasi perjuangan</c>, <c>partai demokrasi indonesia perjuangan</c>.
    /// </summary>
    private static bool OneWordLeftOut(string longer, string shorter)
    {
        var l = longer.Split(' ');
        var s = shorter.Split(' ');
        if (s.Length < 3 || l.Length != s.Length + 1) return false;
        for (var skip = 1; skip < l.Length - 1; skip++)
        {
            var same = true;
            for (int i = 0, j = 0; i < l.Length && same; i++)
            {
                if (i == skip) continue;
                same = l[i] == s[j++];
            }
            if (same) return true;
        }
        return false;
    }

    /// <summary>Levenshtein distance, or <paramref name="limit"/> + 1 as soon as it is sure to exceed it.</summary>
    private static int EditDistance(string a, string b, int limit)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > limit) return limit + 1;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
