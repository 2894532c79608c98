namespace SiteGen.Reading.Repair;

/// <summary>
/// Removes "Baca Juga" teasers (links to other stories that a scraper kept as text) from a paragraph: the label and
/// the linked headline, up to where the story resumes. The headline is the run of capitalised words after the label
/// (<see cref="CruftPatterns.HeadlineLowerCaseWords"/> may sit between them); the story resumes at the first of:
/// a comma the scraper joined it with, an opening quote, a headline's closing <c>!</c> or <c>?</c>, a sentence
/// opener (<see cref="CruftPatterns.SentenceOpeners"/>), or the subject of the first plain sentence. Where a teaser
/// stood between two paragraphs that a scraper had run together, they are two paragraphs again.
/// </summary>
public static class Teasers
{
    /// <summary>
    /// The paragraph's pieces without its teasers: none when it was only a teaser, two or more where a teaser
    /// separated paragraphs. <paramref name="article"/> is the whole article's text, where names recur.
    /// </summary>
    public static List<string> Remove(string paragraph, string article)
    {
        var pieces = new List<string>();
        var text = paragraph;
        while (CruftPatterns.TeaserLabel().Match(text) is { Success: true } label)
        {
            var start = label.Index;
            var headline = CruftPatterns.AfterTeaserLabel().Match(text, label.Index + label.Length);
            var headlineStart = headline.Index + headline.Length;
            int storyStart;
            if (start > 0 && text[start - 1] == '(')
            {
                // (Baca juga: Diserang 2 Pesawat Nirawak, Dua Pabrik Aramco Saudi Terbakar)
                start--;
                var close = text.IndexOf(')', headlineStart);
                storyStart = close < 0 ? text.Length : close + 1;
            }
            else if (headline.Value.Contains(','))
                storyStart = headlineStart; // "Baca juga:,,“Kami …": the link was dropped and the comma joined the story
            else
                storyStart = StoryResumes(text, headlineStart, article, start);

            var before = text[..start].TrimEnd();
            if (before.Length > 0) pieces.Add(before);
            text = TrimStartDebris(text[storyStart..]);
        }
        if (text.Length > 0) pieces.Add(text);
        return pieces;
    }

    /// <summary>Where the story resumes after a headline that starts at <paramref name="from"/>: an index into <paramref name="text"/>.</summary>
    private static int StoryResumes(string text, int from, string article, int teaserStart)
    {
        if (CruftPatterns.TeaserLabel().Match(text, from) is { Success: true } next && next.Index == from) return from; // "Baca juga:,Baca juga:"

        var words = Words(text, from);
        var end = text.Length;
        var headlineQuoteEnd = -1; // the closing quote of a phrase the headline quotes
        for (var j = 0; j < words.Count && j <= CruftPatterns.MaxHeadlineWords; j++)
        {
            var (wStart, wEnd) = words[j];
            var word = text[wStart..wEnd];
            var quote = word.IndexOfAny(QuoteChars);
            if (quote >= 0 && wStart + quote > headlineQuoteEnd)
            {
                if (j > 0 && IsStoryQuote(text, wStart + quote)) { end = wStart + quote; break; }
                var close = text.IndexOfAny(QuoteChars, wStart + quote + 1);
                headlineQuoteEnd = close < 0 ? text.Length : close;
            }
            if (j >= 2 && text[words[j - 1].End - 1] is '!' or '?' && StartsUpper(word)) { end = wStart; break; }
            if (j >= 2 && OpensSentence(text, words, j)) { end = wStart; break; }
            if (j >= 1 && IsLowerContent(word) && j + 1 < words.Count && StartsLower(text[words[j + 1].Start..words[j + 1].End]))
            {
                end = SubjectStart(text, words, j, article, teaserStart);
                break;
            }
            if (j == CruftPatterns.MaxHeadlineWords) return from; // no headline this long: leave the words, drop the label
        }

        // A comma joining the story to the link's text comes first, wherever the words would end the headline.
        if (CruftPatterns.ScraperJoin().Match(text, from) is { Success: true } join && join.Index < end)
            return join.Index;
        return end;
    }

    /// <summary>
    /// The start of the subject of the sentence whose verb is word <paramref name="verb"/>: the capitalised word before
    /// it (<c>Laut | BMKG menyarankan</c>), widened to the words before while the wider name recurs elsewhere in the
    /// article (<c>Sheila | Vidi Aldiano saat menjalani</c>): a headline's last words do not recur with the subject.
    /// </summary>
    private static int SubjectStart(string text, List<(int Start, int End)> words, int verb, string article, int teaserStart)
    {
        var s = verb - 1;
        while (s > 0 && CruftPatterns.HeadlineLowerCaseWords.Contains(Bare(text, words[s]))) s--;
        if (!StartsUpper(text[words[s].Start..words[s].End])) return words[verb].Start;
        var subjectEnd = words[s].End;
        while (s > 1 && StartsUpper(text[words[s - 1].Start..words[s - 1].End]))
        {
            var wider = text[words[s - 1].Start..subjectEnd];
            if (Occurrences(article, wider) <= Occurrences(text[teaserStart..words[verb].Start], wider)) break;
            s--;
        }
        return words[s].Start;
    }

    private static bool OpensSentence(string text, List<(int Start, int End)> words, int j)
    {
        foreach (var opener in CruftPatterns.SentenceOpeners)
        {
            if (string.CompareOrdinal(text, words[j].Start, opener, 0, opener.Length) != 0) continue;
            var after = words[j].Start + opener.Length;
            if (after < text.Length && char.IsLetterOrDigit(text[after])) continue; // "Diakui" is not "Dia"
            if (CruftPatterns.StrongSentenceOpeners.Contains(opener)) return true;
            if (after < text.Length && text[after] == ',') return true;
            var rest = text.AsSpan(after).TrimStart();
            return rest.Length > 0 && char.IsLower(rest[0]);
        }
        return false;
    }

    /// <summary>
    /// An opening quote of the story rather than one inside a headline (<c>Jokowi Sebut "Revolusi Mental" Berhasil</c>):
    /// the quoted words include a lower-case one, or a lower-case word (<c>kata</c>, <c>jawab</c>) follows the quote.
    /// </summary>
    private static bool IsStoryQuote(string text, int quote)
    {
        var close = text.IndexOfAny(QuoteChars, quote + 1);
        var quoted = close < 0 ? text[(quote + 1)..] : text[(quote + 1)..close];
        foreach (var w in quoted.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (IsLowerContent(w) || StartsLower(w) && quoted.Length > 40) return true;
        if (close < 0) return quoted.Length > 40;
        var after = text.AsSpan(close + 1).TrimStart();
        return after.Length > 0 && char.IsLower(after[0]);
    }

    private static readonly char[] QuoteChars = CruftPatterns.Quotes.ToCharArray();

    private static List<(int Start, int End)> Words(string text, int from)
    {
        var words = new List<(int, int)>();
        var i = from;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (i > start) words.Add((start, i));
        }
        return words;
    }

    private static string Bare(string text, (int Start, int End) word) => text[word.Start..word.End].Trim(BareTrim);

    private static readonly char[] BareTrim = ['"', '“', '”', '‘', '’', '\'', '(', ')', ',', '.', ':', ';', '!', '?'];

    private static bool IsLowerContent(string word)
    {
        var bare = word.Trim(BareTrim);
        return bare.Length > 0 && char.IsLower(bare[0]) && !CruftPatterns.HeadlineLowerCaseWords.Contains(bare);
    }

    private static bool StartsLower(string word)
    {
        var bare = word.TrimStart(BareTrim);
        return bare.Length > 0 && char.IsLower(bare[0]);
    }

    private static bool StartsUpper(string word)
    {
        var bare = word.TrimStart(BareTrim);
        return bare.Length > 0 && (char.IsUpper(bare[0]) || char.IsDigit(bare[0]));
    }

    private static int Occurrences(string haystack, string needle)
    {
        var count = 0;
        for (var i = haystack.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = haystack.IndexOf(needle, i + 1, StringComparison.Ordinal))
            count++;
        return count;
    }

    /// <summary>The story's text after a teaser, without the spaces and join commas before it (<c>,"Salah satu …</c>).</summary>
    private static string TrimStartDebris(string text)
    {
        var i = 0;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == ',')) i++;
        return text[i..];
    }
}
