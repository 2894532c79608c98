using System.Text.RegularExpressions;

namespace SiteGen.Language;

/// <summary>What a dateline says: the place and the portal or agency, either of which may be missing.</summary>
/// <param name="Remainder">The paragraph after the dateline.</param>
public readonly record struct DatelineParts(string Remainder, string? City, string? Source);

/// <summary>
/// The dateline that opens an Indonesian news story, read by one rule for every portal: a head of at most two names
/// before a dash, with the portal's names as data (<see cref="PortalNames"/>), never as code.
/// <list type="bullet">
/// <item><c>KOTA, Portal - </c>: <c>JAKARTA, KOMPAS.com - </c>, <c>MOSKOW, iNews.id - </c>, <c>Jakarta, CNN Indonesia -- </c>;</item>
/// <item><c>Portal, Kota - </c>: <c>TEMPO.CO, Jakarta - </c>, <c>Liputan6.com, Jakarta - </c>;</item>
/// <item><c>Kota (Kantor Berita) - </c>: <c>Jakarta (ANTARA) - </c>;</item>
/// <item><c>Portal - </c> or <c>KOTA - </c> alone: <c>detikNews - </c>, <c>JAKARTA - </c>;</item>
/// <item>the debris a scraper leaves where it lost both: <c>, - </c>, <c>, , - </c>, <c>- </c>.</item>
/// </list>
/// Any dash ends it: <c>-</c>, <c>--</c>, <c>–</c>, <c>—</c>. When both names are unknown, the one in capitals is the
/// place (<c>SURABAYA, Gatra -</c>), else the first (most portals write the place first).
/// </summary>
public static partial class Dateline
{
    /// <summary>Splits the dateline off <paramref name="paragraph"/>; a paragraph without one comes back whole.</summary>
    public static DatelineParts Parse(string paragraph, PortalNames? portals = null)
    {
        portals ??= PortalNames.Default;
        var m = Head().Match(paragraph);
        if (!m.Success) return new DatelineParts(paragraph, null, null);
        var remainder = paragraph[m.Length..];
        var head = m.Groups["head"].Value;
        var questionMark = m.Groups["dash"].Value == "?";

        if (Debris().IsMatch(head))
            return questionMark ? new DatelineParts(paragraph, null, null) : new DatelineParts(remainder, null, null);

        string? city = null, source = null;
        if (Agency().Match(head) is { Success: true } agency)
        {
            if (!IsName(agency.Groups["city"].Value, portals) || !IsName(agency.Groups["agency"].Value, portals)) return new DatelineParts(paragraph, null, null);
            (city, source) = (agency.Groups["city"].Value, agency.Groups["agency"].Value);
        }
        else
        {
            var parts = head.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is 0 or > 2 || !parts.All(p => IsName(p, portals))) return new DatelineParts(paragraph, null, null);
            if (parts.Length == 1)
            {
                if (portals.IsPortal(parts[0])) source = parts[0];
                else if (parts[0].Count(c => c == ' ') < MaxCityWordsAlone) city = parts[0];
                else return new DatelineParts(paragraph, null, null);
            }
            else
            {
                var (first, second) = (parts[0], parts[1]);
                var firstIsPortal = portals.IsPortal(first);
                var secondIsPortal = portals.IsPortal(second);
                if (firstIsPortal && !secondIsPortal) (source, city) = (first, second);
                else if (secondIsPortal && !firstIsPortal) (city, source) = (first, second);
                else if (firstIsPortal) (source, city) = portals.IsListed(first) || !portals.IsListed(second) ? (first, second) : (second, first);
                else if (IsCapitals(second) && !IsCapitals(first)) (source, city) = (first, second);
                else (city, source) = (first, second);
            }
        }
        // A lost em dash read as '?' ("iNews.id ? ") is a dateline only after a portal's name.
        if (questionMark && source is null) return new DatelineParts(paragraph, null, null);
        return new DatelineParts(remainder, city, source);
    }

    /// <summary>A place named alone before the dash has at most this many words (<c>TANJUNG LESUNG</c>, <c>Bandar Lampung</c>).</summary>
    public const int MaxCityWordsAlone = 3;

    /// <summary>
    /// One to five capitalised words (<c>TANJUNG LESUNG</c>, <c>Jakarta</c>, <c>CNN Indonesia</c>), or a portal however it
    /// is cased (<c>detikNews</c>): a clause such as <c>Sementara itu</c> or <c>kata dia</c> is no name.
    /// </summary>
    private static bool IsName(string part, PortalNames portals)
    {
        if (part.Length is 0 or > 40 || !NameShape().IsMatch(part)) return false;
        if (portals.IsPortal(part)) return true;
        foreach (var word in part.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0])) return false;
        return true;
    }

    private static bool IsCapitals(string part)
    {
        var letters = false;
        foreach (var c in part)
        {
            if (char.IsLower(c)) return false;
            letters |= char.IsLetter(c);
        }
        return letters;
    }

    // The head and the dash that ends it. The dash must stand apart from the word before it ("KOTA -", ", -"), so a
    // hyphenated word is not a dateline; after it a space may be missing ("iNews.id -Setelah").
    [GeneratedRegex(@"^\s*(?<head>[^\n\-–—?:;!""“”]{0,80}?)(?:(?<=^|[\s,])|(?<=\)))(?<dash>-{1,2}|–|—|\?)(?=\s|\p{L}|[""“])\s*",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Head();

    [GeneratedRegex(@"^[\s,]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Debris();

    [GeneratedRegex(@"^\s*(?<city>[^,()]+?)\s*\(\s*(?<agency>[^,()]+?)\s*\)\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Agency();

    [GeneratedRegex(@"^[\p{L}0-9][\p{L}0-9.'’-]*(?:\s+[\p{L}0-9][\p{L}0-9.'’-]*){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex NameShape();
}
