using SiteGen.Language;

namespace SiteGen.Inference;

/// <summary>
/// The days on which the archive's articles are already known to have appeared, used to give a year to a date written
/// without one: <c>Selasa (17/9)</c> goes to the one year whose calendar has 17 September on a Tuesday and which has
/// other articles within <see cref="NeighbourDays"/> of that day. Two such years, or none, and the date stays unplaced.
/// </summary>
public sealed class CorpusCalendar
{
    public const int NeighbourDays = 30;

    private readonly int[] _days;   // sorted DayNumbers
    private readonly int[] _years;  // distinct, ascending

    public CorpusCalendar(IEnumerable<DateOnly> knownDates)
    {
        _days = knownDates.Select(d => d.DayNumber).Order().ToArray();
        _years = knownDates.Select(d => d.Year).Distinct().Order().ToArray();
    }

    public int Count => _days.Length;

    /// <summary>The only year that fits the mention's weekday and has known articles nearby, or null.</summary>
    public int? YearFor(DateMention mention)
    {
        int? found = null;
        foreach (var year in _years)
        {
            if (!mention.FitsWeekdayIn(year) || mention.In(year) is not { } date || !HasNeighbour(date)) continue;
            if (found is not null) return null; // ambiguous: better unplaced than a guess
            found = year;
        }
        return found;
    }

    /// <summary>How many known days lie within <paramref name="days"/> of <paramref name="date"/>.</summary>
    public int CountNear(DateOnly date, int days)
    {
        var from = Array.BinarySearch(_days, date.DayNumber - days);
        if (from < 0) from = ~from;
        else while (from > 0 && _days[from - 1] == date.DayNumber - days) from--;
        var n = 0;
        for (var i = from; i < _days.Length && _days[i] <= date.DayNumber + days; i++) n++;
        return n;
    }

    private bool HasNeighbour(DateOnly date)
    {
        var i = Array.BinarySearch(_days, date.DayNumber - NeighbourDays);
        if (i < 0) i = ~i;
        return i < _days.Length && _days[i] <= date.DayNumber + NeighbourDays;
    }
}
