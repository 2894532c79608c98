using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Model;

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

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = Options.Encoder, Indented = false };

    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;

    /// <summary>
    /// The article's NewsArticle object, written property by property: the same text the serializer gave for a
    /// dictionary of these values (same order, same encoder), without its reflection over boxed values, which made it
    /// a noticeable share of rendering an article page.
    /// </summary>
    public static string NewsArticle(Article a, SiteSettings settings, SiteUrls urls)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "NewsArticle");
            json.WriteString("headline", a.Title.Length > 110 ? a.Title[..110] : a.Title);
            json.WriteString("description", ArticleSummary.Of(a, settings.SummaryLength));
            json.WriteString("inLanguage", settings.Language);
            json.WriteString("mainEntityOfPage", urls.Absolute(a.Url));
            json.WriteString("url", urls.Absolute(a.Url));
            json.WriteNumber("wordCount", a.WordCount);
            WriteNamed(json, "publisher", "Organization", settings.Title);
            if (a.Date is { } d) json.WriteString("datePublished", DateDisplay.Iso(d));
            if (a.Editor is { Length: > 0 } editor) WriteNamed(json, "editor", "Person", editor);
            if (a.City is { Length: > 0 } city) WriteNamed(json, "locationCreated", "Place", city);
            if (a.Tags.Count > 0) json.WriteString("keywords", string.Join(", ", a.Tags));
            if (a.Section is { Length: > 0 } section) json.WriteString("articleSection", section);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary><c>"property": {"@type": type, "name": name}</c>.</summary>
    private static void WriteNamed(Utf8JsonWriter json, string property, string type, string name)
    {
        json.WriteStartObject(property);
        json.WriteString("@type", type);
        json.WriteString("name", name);
        json.WriteEndObject();
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
