using System.Globalization;
using SiteGen.Articles;

namespace SiteGen.Inference;

/// <summary>Expands the permalink pattern of site.yml for one article. The result is a root-relative folder URL.</summary>
public static class Permalinks
{
    public static string For(Article article, string datedPattern, string undatedPattern)
    {
        var pattern = article.Date is null ? undatedPattern : datedPattern;
        var d = article.Date ?? default;
        var url = pattern
            .Replace("{yyyy}", d.Year.ToString("D4", CultureInfo.InvariantCulture))
            .Replace("{MM}", d.Month.ToString("D2", CultureInfo.InvariantCulture))
            .Replace("{dd}", d.Day.ToString("D2", CultureInfo.InvariantCulture))
            .Replace("{section}", Slugs.From(article.Section ?? "") is { Length: > 0 } s ? s : "umum")
            .Replace("{slug}", article.Slug);
        if (!url.StartsWith('/')) url = "/" + url;
        if (!url.EndsWith('/')) url += "/";
        return url;
    }
}
