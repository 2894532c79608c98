using System.Globalization;
using SiteGen.Language;
using SiteGen.Model;

namespace SiteGen.Inference;

/// <summary>Expands the permalink pattern of site.yml for one article. The result is a root-relative folder URL.</summary>
public static class Permalinks
{
    public static string For(Article article, string datedPattern, string undatedPattern)
    {
        var pattern = article.Date is null ? undatedPattern : datedPattern;
        var d = article.Date ?? default;
        // Each value only when the pattern has its placeholder: this runs for every article on every build, and the
        // section's slug in particular is not free.
        var url = pattern;
        if (url.Contains("{yyyy}", StringComparison.Ordinal)) url = url.Replace("{yyyy}", d.Year.ToString("D4", CultureInfo.InvariantCulture));
        if (url.Contains("{MM}", StringComparison.Ordinal)) url = url.Replace("{MM}", d.Month.ToString("D2", CultureInfo.InvariantCulture));
        if (url.Contains("{dd}", StringComparison.Ordinal)) url = url.Replace("{dd}", d.Day.ToString("D2", CultureInfo.InvariantCulture));
        if (url.Contains("{section}", StringComparison.Ordinal))
            url = url.Replace("{section}", Slugs.From(article.Section ?? "") is { Length: > 0 } s ? s : "umum");
        url = url.Replace("{slug}", article.Slug);
        if (!url.StartsWith('/')) url = "/" + url;
        if (!url.EndsWith('/')) url += "/";
        return url;
    }
}
