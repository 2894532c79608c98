using System.Text;

namespace SiteGen.Inference.Sections;

/// <summary>
/// Turns an article's title and paragraphs into the words the section classifier counts: runs of the letters a–z
/// (case folded), two letters or more. Digits, punctuation and anything else end a word, so mojibake such as
/// <c>‚ÄúKJRI</c> still yields <c>kjri</c>. The dateline is not part of the text given here (the reader strips it), and
/// <paramref name="ignored"/> words (news portals' names, the article's own portal) are left out, so neither a
/// portal's name nor its dateline habit can decide a section.
/// </summary>
public static class SectionWords
{
    /// <summary>What a word the article must not count stands at in the counts while they are taken.</summary>
    private const int LeftOut = -1;

    /// <summary>Longer words (mojibake runs, URLs) are lowercased into an array of their own.</summary>
    private const int LongWord = 64;

    // One table a thread, emptied for each article: counted into a new one, every article grew it from empty and
    // made a string of every word it wrote, a fifth of what a cold build allocated (~55 KB an article).
    [ThreadStatic] private static Dictionary<string, int>? t_counts;

    public static WordBag Of(string title, IReadOnlyList<string> paragraphs, IReadOnlySet<string> ignored, string? ownPortal = null)
    {
        var counts = t_counts ??= new Dictionary<string, int>(1024, StringComparer.Ordinal);
        counts.Clear();
        var portalWords = PortalWords(ownPortal);
        Count(title, counts, ignored, portalWords);
        foreach (var paragraph in paragraphs) Count(paragraph, counts, ignored, portalWords);
        foreach (var (word, n) in counts)
            if (n == LeftOut) counts.Remove(word);
        var bag = WordBag.From(counts);
        // Emptying a table keeps its size: one a rare long text grew is let go rather than cleared for every article after.
        if (counts.Count > MaxKeptTable) t_counts = null;
        return bag;
    }

    private const int MaxKeptTable = 4096;

    private static void Count(string text, Dictionary<string, int> counts, IReadOnlySet<string> ignored, string[] portalWords)
    {
        var byWord = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[LongWord];
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0 && i - start >= 2)
            {
                var letters = text.AsSpan(start, i - start);
                var word = letters.Length <= LongWord ? buffer[..letters.Length] : new char[letters.Length];
                System.Text.Ascii.ToLower(letters, word, out _);
                // A string is made only for a word new to the article, and asked about only then.
                if (byWord.TryGetValue(word, out var n))
                {
                    if (n != LeftOut) byWord[word] = n + 1;
                }
                else
                {
                    var w = word.ToString();
                    counts[w] = ignored.Contains(w) || Array.IndexOf(portalWords, w) >= 0 ? LeftOut : 1;
                }
            }
            start = -1;
        }
    }

    /// <summary>The words of the article's own portal name (<c>iNews.id</c> gives <c>inews</c> and <c>id</c>).</summary>
    private static string[] PortalWords(string? portal)
    {
        if (string.IsNullOrEmpty(portal)) return [];
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in portal + " ")
        {
            var lower = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            if (lower is >= 'a' and <= 'z') word.Append(lower);
            else if (word.Length > 0) { words.Add(word.ToString()); word.Clear(); }
        }
        return [.. words];
    }
}
