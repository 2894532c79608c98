using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Articles;
using SiteGen.Rendering.Views;
using SiteGen.Site;

namespace SiteGen.Rendering;

/// <summary>
/// JSON-LD for search engines. Serialised with an encoder that escapes &lt;, &gt; and &amp;, so article text can never
/// close the script element it sits in.
/// </summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Default, // escapes <, >, &, ' and non-ASCII: safe inside <script>
        WriteIndented = false,
    };

    public static string NewsArticle(Article a, SiteContext site)
    {
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = a.Title.Length > 110 ? a.Title[..110] : a.Title,
            ["description"] = ArticleSummary.Of(a, site.Settings.SummaryLength),
            ["inLanguage"] = site.Settings.Language,
            ["mainEntityOfPage"] = site.Urls.Absolute(a.Url),
            ["url"] = site.Urls.Absolute(a.Url),
            ["wordCount"] = a.WordCount,
            ["publisher"] = new Dictionary<string, object> { ["@type"] = "Organization", ["name"] = site.Settings.Title },
        };
        if (a.Date is { } d) data["datePublished"] = DateDisplay.Iso(d);
        if (a.Editor is { Length: > 0 } editor) data["editor"] = new Dictionary<string, object> { ["@type"] = "Person", ["name"] = editor };
        if (a.City is { Length: > 0 } city) data["locationCreated"] = new Dictionary<string, object> { ["@type"] = "Place", ["name"] = city };
        if (a.Tags.Count > 0) data["keywords"] = string.Join(", ", a.Tags);
        if (a.Section is { Length: > 0 } section) data["articleSection"] = section;
        return JsonSerializer.Serialize(data, Options);
    }

    public static string Breadcrumbs(IReadOnlyList<(string Name, string AbsoluteUrl)> trail)
    {
        var items = trail.Select((t, i) => new Dictionary<string, object>
        {
            ["@type"] = "ListItem",
            ["position"] = i + 1,
            ["name"] = t.Name,
            ["item"] = t.AbsoluteUrl,
        }).ToList();
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "BreadcrumbList",
            ["itemListElement"] = items,
        }, Options);
    }
}
