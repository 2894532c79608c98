namespace SiteGen.Inference;

/// <summary>
/// Abbreviations a text defines in parentheses after a name, <c>Korea Utara (Korut)</c>,
/// <c>Kementerian Pertahanan (Kemhan)</c>, <c>Komisi Pemberantasan Korupsi (KPK)</c>: the short form then counts as
/// the long one across the article.
/// </summary>
public static class TagAliases
{
    public const int MaxAbbreviationLength = 12;

    /// <summary>
    /// How many of the last words of <paramref name="words"/> <paramref name="abbreviation"/> abbreviates, or 0.
    /// An abbreviation starts with the first letter of the name and takes its other letters in order
    /// (<c>Korut</c> ← <c>KORea UTara</c>, <c>Menhan</c> ← <c>MENteri pertaHANan</c>), using every word of the name and
    /// being shorter than it, so that <c>(50)</c> or <c>(Foto)</c> after a name is no alias. The longest name that fits wins, so
    /// <c>Kepala Badan Pusat Statistik (BPS)</c> defines BPS as <c>Badan Pusat Statistik</c>.
    /// </summary>
    public static int WordsAbbreviated(ReadOnlySpan<char> abbreviation, IReadOnlyList<string> words)
    {
        if (abbreviation.Length is < 2 or > MaxAbbreviationLength || !char.IsUpper(abbreviation[0])) return 0;
        for (var first = 0; first < words.Count; first++)
        {
            var taken = words.Count - first;
            if (taken > 1 && abbreviation.Length >= LettersIn(words, first)) continue;
            if (Fits(abbreviation, words, first)) return taken;
        }
        return 0;
    }

    private static int LettersIn(IReadOnlyList<string> words, int first)
    {
        var n = 0;
        for (var i = first; i < words.Count; i++) n += words[i].Length;
        return n;
    }

    /// <summary>
    /// Whether the letters match in order, starting at the initial of word <paramref name="first"/>, each next letter
    /// in the same word or the next one, ending in the last word: so every word is used and none is skipped.
    /// Tracks the set of reachable positions rather than backtracking, so it stays linear in the name's length.
    /// </summary>
    private static bool Fits(ReadOnlySpan<char> abbreviation, IReadOnlyList<string> words, int first)
    {
        if (char.ToLowerInvariant(words[first][0]) != char.ToLowerInvariant(abbreviation[0])) return false;
        var total = LettersIn(words, first);
        Span<char> letters = total <= 256 ? stackalloc char[total] : new char[total];
        Span<int> wordOf = total <= 256 ? stackalloc int[total] : new int[total];
        var n = 0;
        for (var w = first; w < words.Count; w++)
            foreach (var ch in words[w]) { letters[n] = char.ToLowerInvariant(ch); wordOf[n++] = w; }

        Span<bool> reached = total <= 256 ? stackalloc bool[total] : new bool[total];
        Span<bool> next = total <= 256 ? stackalloc bool[total] : new bool[total];
        reached.Clear();
        reached[0] = true;
        for (var i = 1; i < abbreviation.Length; i++)
        {
            var wanted = char.ToLowerInvariant(abbreviation[i]);
            if (!char.IsLetterOrDigit(wanted)) continue;
            next.Clear();
            var any = false;
            for (var p = 0; p < total; p++)
            {
                if (!reached[p]) continue;
                for (var q = p + 1; q < total && wordOf[q] <= wordOf[p] + 1; q++)
                    if (letters[q] == wanted) { next[q] = true; any = true; }
            }
            if (!any) return false;
            next.CopyTo(reached);
        }
        for (var p = 0; p < total; p++)
            if (reached[p] && wordOf[p] == words.Count - 1) return true;
        return false;
    }
}
