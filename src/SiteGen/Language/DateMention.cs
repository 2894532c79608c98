namespace SiteGen.Language;

/// <summary>How a date is written: <c>(27/7/2023)</c> or <c>27 Juli 2023</c>.</summary>
public enum DateForm { Numeric, Spelled }

/// <summary>
/// A relative word written right next to a date, which tells how the date relates to the day of writing:
/// <c>hari ini, Rabu (11/9/2019)</c>, <c>Selasa 10 September 2019 kemarin</c>, <c>Kamis (5/9/2019) lalu</c>.
/// </summary>
public enum RelativeWord { None, Today, Yesterday, Tomorrow, DayAfterTomorrow, Past, EarlyHours }

/// <summary>
/// One calendar-valid date written in a text, as found: the year may be missing (<c>Senin (16/9)</c>) and the weekday
/// may be missing or wrong. <see cref="Index"/> and <see cref="Length"/> cover the weekday too when there is one.
/// </summary>
public readonly record struct DateMention(
    int Index,
    int Length,
    DateForm Form,
    int Day,
    int Month,
    int? Year,
    DayOfWeek? Weekday,
    RelativeWord Relative = RelativeWord.None)
{
    public int End => Index + Length;

    /// <summary>The date when the year is written, else null.</summary>
    public DateOnly? Date => Year is { } y ? In(y) : null;

    /// <summary>True when a weekday is written and the calendar disagrees with it.</summary>
    public bool WeekdayContradicts => Weekday is { } w && Date is { } d && d.DayOfWeek != w;

    /// <summary>The day and month in <paramref name="year"/>, or null when that year has no such day (29/2).</summary>
    public DateOnly? In(int year) =>
        year is >= 1 and <= 9999 && Day <= DateTime.DaysInMonth(year, Month) ? new DateOnly(year, Month, Day) : null;

    /// <summary>True when <paramref name="year"/> has this day and its weekday is the written one.</summary>
    public bool FitsWeekdayIn(int year) => Weekday is { } w && In(year) is { } d && d.DayOfWeek == w;
}

/// <summary>A weekday named without a date but placed by a relative word: <c>hari ini, Senin</c>, <c>Selasa kemarin</c>.</summary>
public readonly record struct WeekdayMention(int Index, int Length, DayOfWeek Weekday, RelativeWord Relative);
