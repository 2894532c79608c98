namespace SiteGen.Model;

/// <summary>
/// The short text that stands for an article in lists, feeds and meta descriptions: front matter's
/// <c>description</c> when it has one, else the lead cut after <c>summaryLength</c> words (Hugo's rule and default).
/// </summary>
/// <remarks>
/// The lead is the whole first paragraph, and real files have articles that are one paragraph (a scraped page on one
/// line, megabytes long): without a cut, that text would be copied into the home page, every tag and month page that
/// lists it, and every feed.
/// </remarks>
public static class ArticleSummary
{
    public const string Ellipsis = "…";

    // A "word" longer than this is not prose (a URL, a run of symbols); it must not smuggle a megabyte past the cut.
    private const int MaxCharsPerWord = 20;

    public static string Of(Article a, int maxWords) => a.FrontMatter.Description ?? a.Summary ?? Shorten(a.Lead, maxWords);

    /// <summary>
    /// <paramref name="a"/> with its summary worked out once and its lead dropped; <paramref name="a"/> itself when that
    /// is done. At 50,000 articles the leads were the largest thing still live while pages were written (45 MB of
    /// UTF-16), though every use cut them to a few dozen words.
    /// </summary>
    public static Article Summarised(Article a, int maxWords) =>
        !a.SummaryText.IsNull && a.Lead.Length == 0 ? a : a with { Summary = Of(a, maxWords), Lead = "" };

    /// <summary>
    /// <paramref name="text"/> itself when it has at most <paramref name="maxWords"/> words, else its first words with
    /// trailing punctuation dropped and <see cref="Ellipsis"/> added.
    /// </summary>
    public static string Shorten(string text, int maxWords)
    {
        var maxChars = maxWords * MaxCharsPerWord;
        var end = 0; // where the last word kept ends
        var words = 0;
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i == text.Length) return text;
            if (words == maxWords) break;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (i > maxChars)
            {
                if (words == 0) end = char.IsHighSurrogate(text[maxChars - 1]) ? maxChars - 1 : maxChars;
                break;
            }
            end = i;
            words++;
        }
        return string.Concat(text.AsSpan(0, end).TrimEnd(",;:.-–—"), Ellipsis);
    }
}
