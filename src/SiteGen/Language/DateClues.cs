using System.Text.RegularExpressions;

namespace SiteGen.Language;

/// <summary>
/// Reads what the sentence around each written date says about it (<see cref="DateRole"/>), by the way Indonesian news
/// prose works rather than by any portal's habit:
/// <list type="bullet">
/// <item>a relative word next to it fixes it: <c>hari ini</c>, <c>kemarin</c>/<c>semalam</c>, <c>besok</c>, <c>lusa</c>;</item>
/// <item><c>lalu</c>/<c>silam</c> after it, or <c>sejak</c>/<c>sebelumnya</c>/<c>tepatnya</c>/<c>terakhir</c> in its
/// clause, look back from the day of writing;</item>
/// <item>a future word in its clause (<c>akan</c>, <c>bakal</c>, <c>dijadwalkan</c>, <c>hingga</c>, <c>mulai</c>…) or
/// <c>mendatang</c>/<c>depan</c> after it look ahead;</item>
/// <item>a date that closes a sentence naming a speaker or a source (<c>kata</c>, <c>ujarnya</c>, <c>saat dihubungi</c>,
/// <c>dalam keterangan</c>, <c>dilansir</c>…) is when the reporter got the words: attributed; one that closes a
/// sentence after a comma without them (<c>di Jakarta, Rabu (18/9/2019).</c>) is placed;</item>
/// <item><c>pada</c>/<c>tanggal</c> right before it, or an event verb in its clause (<c>digelar</c>, <c>dirilis</c>,
/// <c>terjadi</c>, <c>meninggal</c>…), make it the day of an event, which features and follow-ups report days later.</item>
/// </list>
/// </summary>
public static partial class DateClues
{
    /// <summary>The dates in <paramref name="text"/> that can be placed in a year, with their roles, in text order.</summary>
    /// <param name="leadEnd">Where the title and the first paragraph end.</param>
    public static List<DateClue> Find(string text, int leadEnd)
    {
        var clues = new List<DateClue>();
        foreach (var m in IndonesianDates.FindMentions(text))
        {
            if (m.Year is null && m.Weekday is null) continue; // "19 September", "(16/9)": nothing to find a year by
            clues.Add(new DateClue(m, RoleOf(text, m), m.Index < leadEnd));
        }
        return clues;
    }

    public static DateRole RoleOf(string text, DateMention m)
    {
        switch (m.Relative)
        {
            case RelativeWord.Today: return DateRole.Today;
            case RelativeWord.Yesterday: return DateRole.Yesterday;
            case RelativeWord.Tomorrow: return DateRole.Tomorrow;
            case RelativeWord.DayAfterTomorrow: return DateRole.DayAfterTomorrow;
            case RelativeWord.Past: return DateRole.Past;
        }
        var clause = ClauseBefore(text, m.Index);
        var after = text.AsSpan(m.End, Math.Min(40, text.Length - m.End));
        if (PastAfter().IsMatch(after) || PastBefore().IsMatch(clause)) return DateRole.Past;
        if (FutureBefore().IsMatch(clause) || FutureAfter().IsMatch(ClauseAfter(after))) return DateRole.Future;
        if (ClosesSentence(text, m.End))
        {
            if (SpeechWord().IsMatch(SentenceBefore(text, m.Index))) return DateRole.Attributed;
            if (CommaBefore(text, m.Index)) return DateRole.Placed;
        }
        if (EventBefore().IsMatch(clause) || EventVerb().IsMatch(clause)) return DateRole.Event;
        return DateRole.Plain;
    }

    // Sentence ends, quotes (with the mojibake of curly quotes, ‚Äù) and semicolons end the clause a word governs.
    private const string ClauseBreaks = ".!?\"“”‚„\n;";

    private static ReadOnlySpan<char> ClauseBefore(string text, int index)
    {
        var from = Math.Max(0, index - 120);
        var before = text.AsSpan(from, index - from);
        var cut = before.LastIndexOfAny(ClauseBreaks);
        return cut >= 0 ? before[(cut + 1)..] : before;
    }

    private static ReadOnlySpan<char> ClauseAfter(ReadOnlySpan<char> after)
    {
        var stop = after.IndexOfAny(".!?,;\n");
        return stop >= 0 ? after[..stop] : after;
    }

    /// <summary>Only a full stop, a closing quote, a line end or the end of the text follows.</summary>
    private static bool ClosesSentence(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or ')') i++;
        return i >= text.Length || text[i] is '.' or '\n' or '"' or '”';
    }

    private static bool CommaBefore(string text, int start)
    {
        var j = start - 1;
        while (j >= 0 && text[j] == ' ') j--;
        return j >= 0 && text[j] == ',';
    }

    /// <summary>The sentence up to <paramref name="start"/>: after the last full stop that ends a word, or the line start.</summary>
    private static ReadOnlySpan<char> SentenceBefore(string text, int start)
    {
        var from = Math.Max(0, start - 200);
        var sentence = text.AsSpan(from, start - from);
        for (var k = sentence.Length - 2; k >= 1; k--)
        {
            if (sentence[k] == '\n' || (sentence[k] is '.' or '!' or '?' && char.IsWhiteSpace(sentence[k + 1])
                && (char.IsLower(sentence[k - 1]) || char.IsDigit(sentence[k - 1]) || sentence[k - 1] == ')')))
                return sentence[(k + 1)..];
        }
        return sentence;
    }

    [GeneratedRegex(@"^\)?\s*,?\s*(?:(?:pagi|siang|sore|petang|malam)\s+)?(?:yang\s+)?(?:lalu|silam)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastAfter();

    [GeneratedRegex(@"\b(?:sejak|semenjak|sebelumnya|tepatnya|terakhir)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastBefore();

    [GeneratedRegex(@"\b(?:akan|bakal|mendatang|nanti|besok|lusa|jelang|menjelang|rencananya|direncanakan|dijadwalkan|terjadwal|hingga|sampai|mulai|depan|batas)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FutureBefore();

    [GeneratedRegex(@"\b(?:mendatang|nanti|besok|lusa|depan)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FutureAfter();

    [GeneratedRegex(@"\b(?:pada|tanggal|tgl)\s+(?:(?:hari|tanggal)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EventBefore();

    [GeneratedRegex(@"\b(?:berlangsung|digelar|diselenggarakan|dilaksanakan|diadakan|dirilis|rilis|diluncurkan|dibuka|ditutup|terjadi|tayang|ditayangkan|meninggal|wafat|tewas|ditangkap|dilantik|diumumkan|menikah|lahir|dimulai|berakhir)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EventVerb();

    [GeneratedRegex(@"\b(?:kata|katanya|ujar|ujarnya|ucap|ucapnya|jelas|jelasnya|ungkap|ungkapnya|tutur|tuturnya|papar|paparnya|terang|terangnya|tegas|tegasnya|sebut|sebutnya|imbuh|imbuhnya|tambah|tambahnya|tandas|tandasnya|pungkas|pungkasnya|lanjut|lanjutnya|dikutip|dilansir|melansir|mengutip|dikonfirmasi|dihubungi|ditemui|diwawancarai|keterangan|kepada|mengatakan|menyatakan|menjelaskan|menuturkan|mengungkapkan|menegaskan|menyebutkan|menambahkan|bilang|saat|ketika)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeechWord();
}
