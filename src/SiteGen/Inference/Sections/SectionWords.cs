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
    public static WordBag Of(string title, IReadOnlyList<string> paragraphs, IReadOnlySet<string> ignored, string? ownPortal = null)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var word = new StringBuilder(16);
        var portalWords = PortalWords(ownPortal);
        Count(title, counts, word, ignored, portalWords);
        foreach (var paragraph in paragraphs) Count(paragraph, counts, word, ignored, portalWords);
        return WordBag.From(counts);
    }

    private static void Count(string text, Dictionary<string, int> counts, StringBuilder word, IReadOnlySet<string> ignored, string[] portalWords)
    {
        word.Clear();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (c is >= 'a' and <= 'z') { word.Append(c); continue; }
            if (c is >= 'A' and <= 'Z') { word.Append((char)(c + 32)); continue; }
            if (word.Length >= 2)
            {
                var w = word.ToString();
                if (!ignored.Contains(w) && Array.IndexOf(portalWords, w) < 0)
                    counts[w] = counts.GetValueOrDefault(w) + 1;
            }
            word.Clear();
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
