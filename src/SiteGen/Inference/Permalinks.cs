using System.Globalization;
using SiteGen.Language;

namespace SiteGen.Inference;

/// <summary>Expands the permalink pattern of site.yml for one article. The result is a root-relative folder URL.</summary>
public static class Permalinks
{
    /// <summary>The URL of an article with <paramref name="date"/>, <paramref name="section"/> and <paramref name="slug"/>:
    /// the values, not the record, so inference can place an article before it makes the record that holds them.</summary>
    public static string For(DateOnly? date, string? section, string slug, string datedPattern, string undatedPattern)
    {
        var pattern = date is null ? undatedPattern : datedPattern;
        var d = date ?? default;
        // Each value only when the pattern has its placeholder: this runs for every article on every build, and the
        // section's slug in particular is not free.
        var url = pattern;
        if (url.Contains("{yyyy}", StringComparison.Ordinal)) url = url.Replace("{yyyy}", d.Year.ToString("D4", CultureInfo.InvariantCulture));
        if (url.Contains("{MM}", StringComparison.Ordinal)) url = url.Replace("{MM}", d.Month.ToString("D2", CultureInfo.InvariantCulture));
        if (url.Contains("{dd}", StringComparison.Ordinal)) url = url.Replace("{dd}", d.Day.ToString("D2", CultureInfo.InvariantCulture));
        if (url.Contains("{section}", StringComparison.Ordinal))
            url = url.Replace("{section}", Slugs.From(section ?? "") is { Length: > 0 } s ? s : "umum");
        url = url.Replace("{slug}", slug);
        if (!url.StartsWith('/')) url = "/" + url;
        if (!url.EndsWith('/')) url += "/";
        return url;
    }
}
