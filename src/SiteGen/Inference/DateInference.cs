using SiteGen.Language;
using SiteGen.Model;

namespace SiteGen.Inference;

/// <summary>
/// Finds the day an article went out from the dates written in its text, with a confidence, or says it cannot.
/// </summary>
/// <remarks>
/// <para>The rule (figures per portal, in and out of sample, in docs/inference-figures.md):</para>
/// <list type="number">
/// <item>Every calendar-valid date in the title and body is a clue (<see cref="DateClues"/>), classed by its shape
/// (<c>Senin (16/9/2019)</c>, <c>(16/9/2019)</c>, <c>Senin 16 September 2019</c>, <c>16 September 2019</c>, a contradicting
/// weekday), its role in the sentence (attributed, placed, event, past, future, today, yesterday…) and whether it is in
/// the lead. A date without its year takes the latest year the text names whose calendar fits its weekday, else the one
/// year the archive's calendar fits (<see cref="CorpusCalendar"/>).</item>
/// <item>The archive's habits (<see cref="DateHabits"/>) say, for each such kind, the shift from the written date to the
/// day of writing (a relative word fixes it: <c>kemarin</c> +1, <c>besok</c> −1; otherwise 0 unless the archive's own
/// dated articles teach another) and how often the day it points to is within a day of the truth.</item>
/// <item>The clues about as reliable as the best (within <see cref="Band"/>) form the top tier, and the latest day they
/// point to is the day of writing: news reports the latest of what happened, and earlier dates are background.</item>
/// <item>The confidence is how often such a choice was right where the habits were learnt, given whether another date
/// agrees with it (within a day) and whether a later date that does not look away (future, past) contradicts it.</item>
/// <item>A weekday the text names as today (<c>hari ini, Senin</c>, <c>Rabu ini</c>, <c>Selasa kemarin</c>) moves the
/// day to it when it lies within <see cref="WeekdayReach"/> days.</item>
/// <item>Below <see cref="DateHabits.Threshold"/> the article stays undated: a wrong date is worse than none.</item>
/// </list>
/// <para>No clock, no culture, no file times: the same text and habits always give the same date.</para>
/// </remarks>
public static class DateInference
{
    /// <summary>Clues whose reliability is this close to the best one's are one tier.</summary>
    public const double Band = 0.05;

    public const int WeekdayReach = 3;

    /// <summary>Days either side of a date in which the archive's calendar must have articles for a contradicted date to count.</summary>
    public const int ContradictionReach = 7;

    /// <summary>The date the text alone gives with the shipped habits, or null when it gives none it is confident of.</summary>
    public static DateOnly? Infer(Article article) =>
        Decide(Analyse(article), DateHabits.Default) is { } v && v.Confidence >= DateHabits.Default.Threshold ? v.Date : null;

    public static DateEvidence Analyse(Article article)
    {
        // One string, built in place: the regexes need the text whole, and most articles are read only once.
        var title = article.Title;
        var length = title.Length;
        var leadEnd = -1;
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            length += 1 + article.Paragraphs[i].Length;
            if (i == 0) leadEnd = length;
        }
        var text = string.Create(length, (Title: title, article.Paragraphs), static (span, parts) =>
        {
            parts.Title.CopyTo(span);
            var at = parts.Title.Length;
            foreach (var p in parts.Paragraphs)
            {
                span[at++] = '\n';
                p.CopyTo(span[at..]);
                at += p.Length;
            }
        });
        return Analyse(text, leadEnd < 0 ? length : leadEnd);
    }

    /// <param name="text">Title and paragraphs, one per line.</param>
    /// <param name="leadEnd">Where the title and first paragraph end in <paramref name="text"/>.</param>
    public static DateEvidence Analyse(string text, int leadEnd)
    {
        var clues = DateClues.Find(text, leadEnd);
        if (clues.Count == 0) return DateEvidence.None; // a lone weekday needs a date to count from
        return new DateEvidence(clues, IndonesianDates.FindRelativeWeekdays(text));
    }

    /// <summary>
    /// The day the evidence points to and how sure that is, placing year-less and contradicted dates with
    /// <paramref name="calendar"/> when given; null when no clue can be placed. The caller compares the confidence
    /// with <see cref="DateHabits.Threshold"/>.
    /// </summary>
    public static DateVerdict? Decide(DateEvidence evidence, DateHabits habits, CorpusCalendar? calendar = null)
    {
        var clues = evidence.Clues;
        if (clues.Count == 0) return null;
        Span<int> days = clues.Count <= 32 ? stackalloc int[clues.Count] : new int[clues.Count];
        Span<double> reliability = clues.Count <= 32 ? stackalloc double[clues.Count] : new double[clues.Count];
        var best = -1;
        var top = double.MinValue;
        for (var i = 0; i < clues.Count; i++)
        {
            days[i] = int.MinValue;
            if (Place(clues[i], clues, calendar) is not { } date) continue;
            var habit = habits.For(clues[i].Kind);
            days[i] = date.DayNumber + habit.Offset;
            reliability[i] = habit.Reliability;
            top = Math.Max(top, habit.Reliability);
        }
        for (var i = 0; i < clues.Count; i++)
            if (days[i] != int.MinValue && reliability[i] >= top - Band && (best < 0 || days[i] > days[best])) best = i;
        if (best < 0) return null;

        bool agrees = false, conflicts = false;
        for (var i = 0; i < clues.Count; i++)
        {
            if (i == best || days[i] == int.MinValue) continue;
            var apart = days[i] - days[best];
            if (Math.Abs(apart) <= 1) agrees = true;
            else if (apart > 1 && !clues[i].Kind.LooksAway) conflicts = true;
        }
        var kind = clues[best].Kind;
        var day = DateOnly.FromDayNumber(days[best]);
        var moved = ByRelativeWeekdays(day, evidence.RelativeWeekdays);
        return new DateVerdict(moved, habits.Confidence(kind, agrees, conflicts), clues[best], agrees, conflicts, moved != day);
    }

    /// <summary>The date a clue names: as written, in a year the text or the archive gives it, or a contradicted one reconciled.</summary>
    public static DateOnly? Place(DateClue clue, IReadOnlyList<DateClue> all, CorpusCalendar? calendar)
    {
        var m = clue.Mention;
        if (m.WeekdayContradicts) return Reconcile(m, calendar);
        if (m.Date is { } written) return written;
        int? year = null;
        foreach (var other in all)
            if (other.Mention.Year is { } y && (year is null || y > year) && m.FitsWeekdayIn(y)) year = y;
        year ??= calendar?.YearFor(m);
        return year is { } found ? m.In(found) : null;
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
}
