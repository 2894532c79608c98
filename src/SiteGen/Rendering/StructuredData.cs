using System.Buffers;
using System.Text;
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
    // Written with Utf8JsonWriter rather than JsonSerializer over dictionaries: the same bytes, without the serialiser
    // building its reflection metadata for object and dictionary types, which cost tens of milliseconds in every build
    // that renders even one page.
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Default, // escapes <, >, &, ' and non-ASCII: safe inside <script>
        Indented = false,
    };

    public static string NewsArticle(Article a, SiteContext site) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@type", "NewsArticle");
        w.WriteString("headline", a.Title.Length > 110 ? a.Title[..110] : a.Title);
        w.WriteString("description", a.Lead);
        w.WriteString("inLanguage", site.Settings.Language);
        w.WriteString("mainEntityOfPage", site.Urls.Absolute(a.Url));
        w.WriteString("url", site.Urls.Absolute(a.Url));
        w.WriteNumber("wordCount", a.WordCount);
        Named(w, "publisher", "Organization", site.Settings.Title);
        if (a.Date is { } d) w.WriteString("datePublished", DateDisplay.Iso(d));
        if (a.Editor is { Length: > 0 } editor) Named(w, "editor", "Person", editor);
        if (a.City is { Length: > 0 } city) Named(w, "locationCreated", "Place", city);
        if (a.Tags.Count > 0) w.WriteString("keywords", string.Join(", ", a.Tags));
        if (a.Section is { Length: > 0 } section) w.WriteString("articleSection", section);
        w.WriteEndObject();
    });

    public static string Breadcrumbs(IReadOnlyList<(string Name, string AbsoluteUrl)> trail) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@type", "BreadcrumbList");
        w.WriteStartArray("itemListElement");
        for (var i = 0; i < trail.Count; i++)
        {
            w.WriteStartObject();
            w.WriteString("@type", "ListItem");
            w.WriteNumber("position", i + 1);
            w.WriteString("name", trail[i].Name);
            w.WriteString("item", trail[i].AbsoluteUrl);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>An object with a schema.org type and a name, such as the publisher.</summary>
    private static void Named(Utf8JsonWriter w, string property, string type, string name)
    {
        w.WriteStartObject(property);
        w.WriteString("@type", type);
        w.WriteString("name", name);
        w.WriteEndObject();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, Options)) write(writer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
