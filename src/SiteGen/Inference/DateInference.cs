using System.Text.RegularExpressions;
using SiteGen.Language;
using SiteGen.Model;

namespace SiteGen.Inference;

/// <summary>
/// Finds the day an article went out from the dates written in its text.
/// </summary>
/// <remarks>
/// <para>The rule, measured on 1,997 dated Okezone, SINDOnews and iNews articles (figures in docs/inference-figures.md):</para>
/// <list type="number">
/// <item>Every calendar-valid date in the title and body is a mention (<see cref="IndonesianDates"/>). A spelled-out date
/// without a weekday (<c>pada 12 April 2018</c>) is background far more often than news, and anything followed by
/// <c>lalu</c> is past: neither is used. A numeric date whose weekday contradicts it is a typo in one of the two and is
/// used last (<see cref="DateTier.Contradicted"/>), only in the corpus pass: as written when the archive has stories
/// within <see cref="ContradictionReach"/> days of it, or on the same day of the month the weekday fits when the archive
/// has more stories there (<c>Jumat (20/4/2019)</c> among September 2019 stories is 20 September).</item>
/// <item>A date without its year but with a weekday (<c>Selasa (17/9)</c>) takes the latest year the article names whose
/// calendar fits the weekday; failing that, the corpus pass places it (<see cref="CorpusCalendar"/>).</item>
/// <item>Each mention points to a publication day: the same day for a numeric date (the reporter's dateline habit,
/// <c>kata dia, Senin (16/9/2019).</c>); the next day for a spelled-out date with its weekday, which these portals
/// write for looking back on an event (6 in 10 such stories went out the next day, 1 in 10 the same day); and as the
/// relative word next to it says: <c>kemarin</c>/<c>semalam</c> one day later, <c>hari ini</c> the same day,
/// <c>besok</c> one day earlier, <c>lusa</c> two days earlier; <c>dini hari</c> (after midnight) the same day.</item>
/// <item>Each mention gets a <see cref="DateTier"/>: a clause about the future (<c>akan</c>, <c>bakal</c>,
/// <c>mendatang</c>, <c>dijadwalkan</c>…) makes a numeric date <see cref="DateTier.Scheduled"/> and drops a
/// spelled-out one; a spelled-out date is <see cref="DateTier.Reported"/> when it closes an attributed sentence
/// (<c>ujarnya, Kamis 12 September 2019.</c>), else <see cref="DateTier.Event"/> if it is in the first two paragraphs.</item>
/// <item>The publication date is the latest day pointed to by the best tier present: news reports what has happened,
/// so the latest reported day is the day of writing, and earlier ones are background.</item>
/// <item>A weekday placed by a relative word without a date (<c>hari ini, Senin</c>, <c>Rabu ini</c>, <c>Selasa kemarin</c>)
/// names the day of writing outright: the chosen date moves to it when it lies within three days.</item>
/// </list>
/// <para>No clock, no culture, no file times: the same text always gives the same date.</para>
/// </remarks>
public static partial class DateInference
{
    /// <summary>Paragraphs after the title where a spelled-out event date still says when the story is from.</summary>
    public const int LeadParagraphs = 2;

    /// <summary>The date from the text alone (no corpus pass), or null when the text gives no usable date.</summary>
    public static DateOnly? Infer(Article article) => Decide(Analyse(article));

    public static DateEvidence Analyse(Article article)
    {
        // One string, built in place: the regexes need the text whole, and most articles are read only once.
        var length = article.Title.Length;
        var leadEnd = -1;
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            length += 1 + article.Paragraphs[i].Length;
            if (i + 1 == LeadParagraphs) leadEnd = length;
        }
        var text = string.Create(length, article, static (span, a) =>
        {
            a.Title.CopyTo(span);
            var at = a.Title.Length;
            foreach (var p in a.Paragraphs)
            {
                span[at++] = '\n';
                p.CopyTo(span[at..]);
                at += p.Length;
            }
        });
        return Analyse(text, leadEnd < 0 ? length : leadEnd);
    }

    /// <param name="text">Title and paragraphs, one per line.</param>
    /// <param name="leadEnd">Where the lead paragraphs end in <paramref name="text"/>.</param>
    public static DateEvidence Analyse(string text, int leadEnd)
    {
        var mentions = IndonesianDates.FindMentions(text);
        if (mentions.Count == 0) return DateEvidence.None; // a lone weekday needs a date to count from

        var candidates = new List<DateCandidate>();
        var pending = new List<PendingDate>();
        foreach (var m in mentions)
        {
            if (m.Relative == RelativeWord.Past) continue;
            if (m.WeekdayContradicts)
            {
                // The weekday and the date disagree: one of them is a typo. Used only when nothing else dates the text.
                if (m.Form == DateForm.Numeric && !IsScheduled(text, m)) pending.Add(new PendingDate(m, DateTier.Contradicted, ShiftOf(m)));
                continue;
            }
            if (m.Weekday is null && (m.Year is null || m.Form == DateForm.Spelled)) continue;

            var scheduled = m.Relative is RelativeWord.None or RelativeWord.EarlyHours && IsScheduled(text, m);
            if (scheduled && m.Form == DateForm.Spelled) continue;

            DateTier tier;
            if (scheduled) tier = DateTier.Scheduled;
            else if (m.Form == DateForm.Numeric || m.Relative is not (RelativeWord.None or RelativeWord.EarlyHours) || IsAttributed(text, m.Index, m.End)) tier = DateTier.Reported;
            else if (m.Index < leadEnd) tier = DateTier.Event;
            else continue;

            var shift = ShiftOf(m);
            if ((m.Date ?? InYearNamedBy(mentions, m)) is { } date) candidates.Add(new DateCandidate(date.AddDays(shift), tier));
            else pending.Add(new PendingDate(m, tier, shift));
        }

        if (candidates.Count + pending.Count == 0) return DateEvidence.None;
        return new DateEvidence(candidates, pending, IndonesianDates.FindRelativeWeekdays(text));
    }

    /// <summary>Days from the written date to the publication it points to (rule 3).</summary>
    private static int ShiftOf(DateMention m) => m.Relative switch
    {
        RelativeWord.Yesterday => 1,
        RelativeWord.Today or RelativeWord.EarlyHours => 0,
        RelativeWord.Tomorrow => -1,
        RelativeWord.DayAfterTomorrow => -2,
        _ => m.Form == DateForm.Spelled ? 1 : 0,
    };

    /// <summary>The publication date the evidence supports, placing year-less dates with <paramref name="calendar"/> when given.</summary>
    public static DateOnly? Decide(DateEvidence evidence, CorpusCalendar? calendar = null)
    {
        DateCandidate? best = null;
        foreach (var c in evidence.Candidates) best = Better(best, c);
        foreach (var p in evidence.Pending)
        {
            if (p.Tier == DateTier.Contradicted)
            {
                if (Reconcile(p.Mention, calendar) is { } written) best = Better(best, new DateCandidate(written.AddDays(p.Shift), p.Tier));
            }
            else if (calendar?.YearFor(p.Mention) is { } year && p.Mention.In(year) is { } date)
                best = Better(best, new DateCandidate(date.AddDays(p.Shift), p.Tier));
        }
        if (best is not { } chosen) return null;

        return ByRelativeWeekdays(chosen.Publication, evidence.RelativeWeekdays);
    }

    /// <summary>
    /// <c>hari ini, Senin</c> or <c>Selasa kemarin</c> names the weekday of writing outright; the dates only say which
    /// week. When all such words agree on one day within <see cref="WeekdayReach"/> days of the chosen date, that day wins.
    /// </summary>
    private static DateOnly ByRelativeWeekdays(DateOnly chosen, IReadOnlyList<WeekdayMention> weekdays)
    {
        DateOnly? agreed = null;
        foreach (var w in weekdays)
        {
            var writingDay = w.Relative == RelativeWord.Yesterday ? (DayOfWeek)(((int)w.Weekday + 1) % 7) : w.Weekday;
            var offset = ((int)writingDay - (int)chosen.DayOfWeek + 7) % 7;
            if (offset > WeekdayReach) offset -= 7;
            if (Math.Abs(offset) > WeekdayReach) return chosen;
            var day = chosen.AddDays(offset);
            if (agreed is not null && agreed != day) return chosen;
            agreed = day;
        }
        return agreed ?? chosen;
    }

    public const int WeekdayReach = 3;

    /// <summary>Days either side of a date in which the archive's calendar must have articles for a contradicted date to count.</summary>
    public const int ContradictionReach = 7;

    /// <summary>
    /// The day a date whose weekday contradicts it most likely means: the same day of the month before or after when
    /// that fits the weekday and the archive has more articles around it (a typo in the month,
    /// <c>Jumat (20/4/2019)</c> among September stories); else the date as written, when the archive has articles
    /// around it (a typo in the weekday). Without a calendar, nothing: the text alone cannot tell which part is the typo.
    /// </summary>
    private static DateOnly? Reconcile(DateMention m, CorpusCalendar? calendar)
    {
        if (m.Date is not { } written || calendar is null) return null;
        DateOnly? best = null;
        var bestCount = calendar.CountNear(written, ContradictionReach);
        if (bestCount > 0) best = written;
        for (var month = 1; month <= 12; month++)
        {
            if (month == written.Month || m.Day > DateTime.DaysInMonth(written.Year, month)) continue;
            var day = new DateOnly(written.Year, month, m.Day);
            if (day.DayOfWeek != m.Weekday) continue;
            var count = calendar.CountNear(day, ContradictionReach);
            if (count > bestCount) (best, bestCount) = (day, count);
        }
        return best;
    }

    private static DateCandidate Better(DateCandidate? current, DateCandidate next)
    {
        if (current is not { } c) return next;
        if (next.Tier != c.Tier) return next.Tier < c.Tier ? next : c;
        return next.Publication > c.Publication ? next : c;
    }

    /// <summary>The year-less mention placed in the latest year written in the same text whose calendar fits its weekday.</summary>
    private static DateOnly? InYearNamedBy(List<DateMention> mentions, DateMention m)
    {
        int? best = null;
        foreach (var other in mentions)
            if (other.Year is { } y && (best is null || y > best) && m.FitsWeekdayIn(y)) best = y;
        return best is { } year ? m.In(year) : null;
    }

    /// <summary>A future word in the clause before the date, or <c>mendatang</c>/<c>nanti</c> right after it.</summary>
    private static bool IsScheduled(string text, DateMention m)
    {
        var from = Math.Max(0, m.Index - 120);
        var before = text.AsSpan(from, m.Index - from);
        var cut = before.LastIndexOfAny(ClauseBreaks);
        if (cut >= 0) before = before[(cut + 1)..];
        if (FutureBefore().IsMatch(before)) return true;

        var after = text.AsSpan(m.End, Math.Min(30, text.Length - m.End));
        var stop = after.IndexOfAny(".!?,;\n");
        if (stop >= 0) after = after[..stop];
        return FutureAfter().IsMatch(after);
    }

    // Sentence ends and quotes (including the mojibake '‚Äù' of a closing quote) end the clause a future word governs.
    private const string ClauseBreaks = ".!?\"“”‚„\n";

    /// <summary>
    /// True when the span closes a sentence (only a full stop, a line end or the end of text follows) that attributes
    /// something: a comma right before it (<c>…, Senin (16/9/2019).</c>) or a word of saying or sourcing in the sentence.
    /// </summary>
    private static bool IsAttributed(string text, int start, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ') i++;
        if (i < text.Length && text[i] is not ('.' or '\n')) return false;

        var j = start - 1;
        while (j >= 0 && text[j] == ' ') j--;
        if (j >= 0 && text[j] == ',') return true;

        var from = Math.Max(0, start - 200);
        var sentence = text.AsSpan(from, start - from);
        for (var k = sentence.Length - 2; k >= 1; k--)
        {
            if (sentence[k] == '\n' || (sentence[k] is '.' or '!' or '?' && char.IsWhiteSpace(sentence[k + 1]) && (char.IsLower(sentence[k - 1]) || char.IsDigit(sentence[k - 1]) || sentence[k - 1] == ')')))
            {
                sentence = sentence[(k + 1)..];
                break;
            }
        }
        return SpeechWord().IsMatch(sentence);
    }

    [GeneratedRegex(@"\b(?:akan|bakal|mendatang|nanti|besok|lusa|jelang|menjelang|rencananya|direncanakan|dijadwalkan|hingga|sampai)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FutureBefore();

    [GeneratedRegex(@"\b(?:mendatang|nanti|besok|lusa)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FutureAfter();

    [GeneratedRegex(@"\b(?:kata|katanya|ujar|ujarnya|ucap|ucapnya|jelas|jelasnya|ungkap|ungkapnya|tutur|tuturnya|papar|paparnya|terang|terangnya|tegas|tegasnya|sebut|imbuh|imbuhnya|tambah|tambahnya|tandas|tandasnya|pungkas|pungkasnya|dikutip|dilansir|melansir|mengutip|dikonfirmasi|dihubungi|ditemui|diwawancarai|keterangan|kepada|saat|dalam)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeechWord();
}
