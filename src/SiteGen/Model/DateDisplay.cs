using System.Globalization;

namespace SiteGen.Model;

/// <summary>
/// Writes dates in the site's language from the culture's own calendar names ("Kamis, 27 Juli 2023" for id-ID),
/// never from the machine's current culture.
/// </summary>
public sealed class DateDisplay(string locale, string format)
{
    private readonly CultureInfo _culture = CultureInfo.GetCultureInfo(locale);

    public string Long(DateOnly date) => date.ToString(format, _culture);

    public string MonthName(int month) => _culture.DateTimeFormat.GetMonthName(month);

    public string MonthYear(int year, int month) => $"{MonthName(month)} {year.ToString(CultureInfo.InvariantCulture)}";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
