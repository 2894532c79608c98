using System.Globalization;

namespace SiteGen.Language;

/// <summary>Dates written the ISO way (<c>2023-07-27</c>), as front matter and metadata tables write them.</summary>
public static class IsoDates
{
    public static bool TryParse(string text, out DateOnly date)
    {
        text = text.Trim();
        // Accept a date-time too (Hugo users write 2023-07-27T10:00:00+07:00): the calendar day as written is kept.
        if (text.Length > 10 && (text[10] == 'T' || text[10] == ' ')) text = text[..10];
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
