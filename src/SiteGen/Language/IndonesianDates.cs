using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Language;

/// <summary>
/// The ways Indonesian news text writes a date: <c>Kamis (27/7/2023)</c>, <c>Kamis (27/07/23)</c>,
/// <c>Jumat, 29 Desember 2023</c>, <c>29 Des 2023</c>, <c>Senin (16/9)</c>, <c>Jumat 20/9/2019</c> (without brackets only
/// after a weekday), with or without the weekday and with a part of the day or a relative word next to it
/// (<c>Senin malam (9/9/2019)</c>, <c>Selasa 10 September 2019 kemarin</c>).
/// Only what the calendar allows is a date: <c>(31/2/2023)</c> is not one, and neither is a year outside 1900–2099
/// (a typo such as <c>2109</c>).
/// </summary>
public static partial class IndonesianDates
{
    public const int MinYear = 1900;
    public const int MaxYear = 2099;

    /// <summary>Every calendar-valid date written in <paramref name="text"/>, in text order.</summary>
    public static List<DateMention> FindMentions(string text)
    {
        var mentions = new List<DateMention>();
        foreach (Match m in NumericDate().Matches(text))
            if (ToMention(text, m, DateForm.Numeric) is { } mention) mentions.Add(mention);
        var bracketed = mentions.Count;
        foreach (Match m in WeekdayNumericDate().Matches(text))
            if (ToMention(text, m, DateForm.Numeric) is { } mention && !Overlaps(mentions, bracketed, mention)) mentions.Add(mention);
        foreach (Match m in SpelledDate().Matches(text))
            if (ToMention(text, m, DateForm.Spelled) is { } mention) mentions.Add(mention);
        mentions.Sort((a, b) => a.Index.CompareTo(b.Index));
        return mentions;
    }

    private static bool Overlaps(List<DateMention> mentions, int count, DateMention mention)
    {
        for (var i = 0; i < count; i++)
            if (mentions[i].Index < mention.End && mention.Index < mentions[i].End) return true;
        return false;
    }

    /// <summary>
    /// Weekday names that stand alone, not as part of a written date, with the relative word that places them:
    /// <c>hari ini, Senin</c> and <c>perdagangan Rabu ini</c> (today), <c>Selasa kemarin</c> (yesterday).
    /// A weekday without such a word is left out: <c>pada hari Rabu</c> may be any Wednesday, and <c>Pasar Minggu</c> is a place.
    /// A lowercase <c>minggu</c> means "week" and is not a weekday.
    /// </summary>
    public static List<WeekdayMention> FindRelativeWeekdays(string text)
    {
        var found = new List<WeekdayMention>();
        foreach (Match m in CapitalisedWeekday().Matches(text))
        {
            var relative = RelativeWord.None;
            var start = m.Index;
            var end = m.Index + m.Length;
            var after = AfterLoneWeekday().Match(text, end, Math.Min(24, text.Length - end));
            if (after.Success)
            {
                relative = after.Groups["yesterday"].Success ? RelativeWord.Yesterday : RelativeWord.Today;
                end += after.Length;
            }
            else
            {
                if (DateFollows().IsMatch(text.AsSpan(end, Math.Min(16, text.Length - end)))) continue; // "hari ini, Senin (16/9/2019)" is a date
                var from = Math.Max(0, m.Index - 24);
                var before = TodayBeforeWeekday().Match(text, from, m.Index - from);
                if (!before.Success) continue;
                relative = RelativeWord.Today;
                start = before.Index;
            }
            if (InsideQuote(text, start)) continue; // a speaker's "kemarin" counts from the day they spoke
            if (WeekdayOf(m.ValueSpan) is { } day) found.Add(new WeekdayMention(start, end - start, day, relative));
        }
        return found;
    }

    /// <summary>True when an odd number of quote marks open the paragraph up to <paramref name="index"/>.</summary>
    private static bool InsideQuote(string text, int index)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var quotes = 0;
        foreach (var c in text.AsSpan(lineStart, index - lineStart))
            if (c is '"' or '“' or '”' or '‚') quotes++; // '‚' starts the mojibake of curly quotes (‚Äú ‚Äù)
        return quotes % 2 == 1;
    }

    /// <summary>
    /// Reads a whole value as one date: ISO <c>2023-07-27</c> (a time after it is ignored), or one of the Indonesian
    /// forms with a year (<c>27 Juli 2023</c>, <c>Kamis, 27/7/2023</c>). A weekday that contradicts the date is refused.
    /// </summary>
    public static bool TryParse(string value, out DateOnly date)
    {
        value = value.Trim();
        if (IsoDates.TryParse(value, out date)) return true;
        var text = value.Contains('(') || !value.Contains('/') ? value : WrapNumeric(value);
        var mentions = FindMentions(text);
        if (mentions is [{ Date: { } d } only] && !only.WeekdayContradicts && CoversAll(text, only))
        {
            date = d;
            return true;
        }
        date = default;
        return false;
    }

    /// <summary>The weekday a name stands for (<c>Jumat</c>, <c>Jum'at</c>, <c>Ahad</c>), case-insensitive.</summary>
    public static DayOfWeek? WeekdayOf(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[Math.Min(name.Length, 16)];
        var n = 0;
        foreach (var c in name)
        {
            if (c is '\'' or '’' or '‘') continue;
            if (n == lower.Length) return null;
            lower[n++] = char.ToLowerInvariant(c);
        }
        return lower[..n] switch
        {
            "senin" => DayOfWeek.Monday,
            "selasa" => DayOfWeek.Tuesday,
            "rabu" => DayOfWeek.Wednesday,
            "kamis" => DayOfWeek.Thursday,
            "jumat" => DayOfWeek.Friday,
            "sabtu" => DayOfWeek.Saturday,
            "minggu" or "ahad" => DayOfWeek.Sunday,
            _ => null,
        };
    }

    /// <summary>The month a name or abbreviation stands for (<c>Desember</c>, <c>Des</c>, <c>Agt</c>, <c>Nopember</c>).</summary>
    public static int? MonthOf(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[Math.Min(name.Length, 16)];
        if (name.Length > lower.Length) return null;
        name.ToLowerInvariant(lower);
        return lower switch
        {
            "januari" or "jan" => 1,
            "februari" or "pebruari" or "feb" or "peb" => 2,
            "maret" or "mar" => 3,
            "april" or "apr" => 4,
            "mei" => 5,
            "juni" or "jun" => 6,
            "juli" or "jul" => 7,
            "agustus" or "agu" or "agt" or "ags" or "agus" => 8,
            "september" or "sep" or "sept" => 9,
            "oktober" or "okt" => 10,
            "november" or "nopember" or "nov" or "nop" => 11,
            "desember" or "des" => 12,
            _ => null,
        };
    }

    private static DateMention? ToMention(string text, Match m, DateForm form)
    {
        var day = int.Parse(m.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var month = form == DateForm.Numeric
            ? int.Parse(m.Groups["m"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture)
            : MonthOf(m.Groups["mon"].ValueSpan) ?? 0;
        if (month is < 1 or > 12 || day < 1) return null;

        int? year = null;
        if (m.Groups["y"] is { Success: true } y)
        {
            var value = int.Parse(y.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            year = y.Length == 2 ? 2000 + value : value;
            if (year is < MinYear or > MaxYear) return null;
            if (day > DateTime.DaysInMonth(year.Value, month)) return null;
        }
        else if (day > DateTime.DaysInMonth(2024, month)) return null; // a leap year, so 29/2 may still be a date

        // The weekday, when one is written right before the date ("Kamis (27/7/2023)", "Senin malam, 9 September",
        // "Jumat 20/9/2019") or inside its parentheses ("(Rabu, 18/9/2019)"). A lowercase "minggu" means "week", not Sunday.
        DayOfWeek? weekday = null;
        var start = m.Index;
        Group? slot = m.Groups["slot"] is { Success: true } own ? own : null;
        if (m.Groups["wd"] is { Success: true } inside) weekday = WeekdayOf(inside.ValueSpan);
        var startsWithWeekday = m.Groups["wd"] is { Success: true } w && w.Index == m.Index; // "Jumat 20/9/2019"
        var from = Math.Max(0, m.Index - 40);
        var lead = startsWithWeekday ? Match.Empty : WeekdayBeforeDate().Match(text, from, m.Index - from);
        if (lead.Success)
        {
            weekday ??= WeekdayOf(lead.Groups["wd"].ValueSpan);
            start = lead.Index;
            slot = lead.Groups["slot"];
        }

        var mention = new DateMention(start, m.Index + m.Length - start, form, day, month, year, weekday);
        return mention with { Relative = RelativeAround(text, slot, mention) };
    }

    private static RelativeWord RelativeAround(string text, Group? slot, DateMention mention)
    {
        if (slot is { Success: true, Length: > 0 } && RelativeOf(slot.ValueSpan) is var inSlot and not RelativeWord.None) return inSlot;

        var after = text.AsSpan(mention.End, Math.Min(24, text.Length - mention.End));
        foreach (var r in RelativeAfter().EnumerateMatches(after))
            return RelativeOf(after.Slice(r.Index, r.Length));

        var beforeStart = Math.Max(0, mention.Index - 20);
        var before = text.AsSpan(beforeStart, mention.Index - beforeStart);
        foreach (var r in RelativeBefore().EnumerateMatches(before))
            return RelativeOf(before.Slice(r.Index, r.Length));
        return RelativeWord.None;
    }

    private static RelativeWord RelativeOf(ReadOnlySpan<char> words)
    {
        if (words.Contains("kemarin", StringComparison.OrdinalIgnoreCase) || words.Contains("semalam", StringComparison.OrdinalIgnoreCase)
            || words.Contains("tadi malam", StringComparison.OrdinalIgnoreCase)) return RelativeWord.Yesterday;
        if (words.Contains("lalu", StringComparison.OrdinalIgnoreCase)) return RelativeWord.Past;
        if (words.Contains("dini", StringComparison.OrdinalIgnoreCase)) return RelativeWord.EarlyHours;
        if (words.Contains("lusa", StringComparison.OrdinalIgnoreCase)) return RelativeWord.DayAfterTomorrow;
        if (words.Contains("besok", StringComparison.OrdinalIgnoreCase)) return RelativeWord.Tomorrow;
        if (words.Contains(" ini", StringComparison.OrdinalIgnoreCase)) return RelativeWord.Today;
        return RelativeWord.None;
    }

    private static string WrapNumeric(string value)
    {
        // "Kamis, 27/7/2023" → "Kamis, (27/7/2023)": the numeric form is recognised in parentheses only,
        // because bare d/m/y in running text is as often a score or a reference number.
        var firstDigit = value.AsSpan().IndexOfAnyInRange('0', '9');
        return firstDigit < 0 ? value : string.Concat(value.AsSpan(0, firstDigit), "(", value.AsSpan(firstDigit), ")");
    }

    private static bool CoversAll(string text, DateMention mention)
    {
        foreach (var c in text.AsSpan(0, mention.Index)) if (char.IsLetterOrDigit(c)) return false;
        foreach (var c in text.AsSpan(mention.End)) if (char.IsLetterOrDigit(c)) return false;
        return true;
    }

    // Capitalised only: a weekday in running text is a proper noun, and a lowercase "minggu" means "week". Anchoring on
    // a capital letter also lets the regex engine skip ahead quickly.
    private const string Weekday = @"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum['’]at|Sabtu|Minggu|Ahad)";
    private const string AnyCaseWeekday = @"(?:(?i:senin|selasa|rabu|kamis|jumat|jum['’]at|sabtu|ahad)|Minggu|MINGGU)";
    private const string DayPart = @"(?<slot>(?:\s+(?i:pagi|siang|sore|petang|malam|dini\s+hari|kemarin|semalam|lalu)){0,2})";
    private const string Months =
        "Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Nopember|Desember|" +
        "Sept|Agus|Jan|Feb|Peb|Mar|Apr|Jun|Jul|Agu|Agt|Ags|Sep|Okt|Nov|Nop|Des";

    // "(27/7/2023)", "(27/07/23)", "(16/9)", "(Rabu, 18/9/2019)": the weekday before it is read by WeekdayBeforeDate.
    [GeneratedRegex(@"\(\s*(?:(?<wd>" + Weekday + @")\s*,?\s*)?(?<d>[0-9]{1,2})\s*/\s*(?<m>[0-9]{1,2})(?:\s*/\s*(?<y>[0-9]{4}|[0-9]{2}))?\s*\)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumericDate();

    // "Jumat 20/9/2019", "Senin, 16/9": without brackets d/m is as often a score or a reference number, but a weekday
    // name right before it makes it a date, one the calendar can check.
    [GeneratedRegex(@"\b(?<wd>" + Weekday + ")" + DayPart + @"\s*,?\s*(?<d>[0-9]{1,2})\s*/\s*(?<m>[0-9]{1,2})(?:\s*/\s*(?<y>[0-9]{4}|[0-9]{2}))?(?![0-9/])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex WeekdayNumericDate();

    // "29 Desember 2023", "29 Des 2023", "19 September" (not "2.5 Juni" nor "1/5 Juni").
    [GeneratedRegex(@"(?<![0-9/.,])\b(?<d>[0-9]{1,2})\s+(?<mon>(?i:" + Months + @"))\b\.?(?:\s+(?<y>[0-9]{4})(?![0-9]))?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SpelledDate();

    // Right before a date: "Kamis ", "Jumat, ", "Senin malam (", "Rabu sore kemarin ", and the formal "Jumat, tanggal "
    // ("pada hari Jumat tanggal 29 Desember 2023"), where the weekday is as much the date's as it is without the word.
    // Here, in the few characters before a date, a weekday in any case is one ("senin (16/09/2019)", "SABTU (19/8/2023)"),
    // except a lowercase "minggu" (week).
    [GeneratedRegex(@"\b(?<wd>" + AnyCaseWeekday + ")" + DayPart + @"\s*,?\s*(?:(?i:tanggal|tgl\.?)\s*)?\(?\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex WeekdayBeforeDate();

    [GeneratedRegex(@"\b" + Weekday + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWeekday();

    // After a lone weekday: "Rabu ini", "Selasa kemarin", "Sabtu, kemarin", "Senin malam ini"; not when a date follows.
    [GeneratedRegex(@"\G(?:\s+(?i:pagi|siang|sore|malam))?(?:\s+(?i:ini)|\s*,?\s*(?<yesterday>(?i:kemarin)))\b(?!\s*,?\s*\(?\s*[0-9])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AfterLoneWeekday();

    [GeneratedRegex(@"^\s*,?\s*(?:(?i:tanggal|tgl\.?)\s*)?\(?\s*[0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex DateFollows();

    // Before a lone weekday: "hari ini, ", "pagi ini ".
    [GeneratedRegex(@"\b(?i:hari|pagi|siang|sore|malam)\s+(?i:ini)\s*,?\s*(?:(?i:hari)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TodayBeforeWeekday();

    [GeneratedRegex(@"^\)?\s*,?\s*(?:(?:pagi|siang|sore|petang|malam)\s+)?(?:kemarin|semalam|lalu|dini\s+hari|hari\s+ini|besok|lusa)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeAfter();

    [GeneratedRegex(@"\b(?:(?:hari|pagi|siang|sore|malam)\s+ini|besok|lusa|tadi\s+malam|kemarin)\s*,?\s*(?:hari\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeBefore();
}
