using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SiteGen.Tests.Hostile;

/// <summary>
/// Finds markup in a written page that could run or load something the theme did not put there: a script other than
/// JSON-LD data and the site's own script files, an event-handler attribute, a <c>javascript:</c>, <c>data:</c> or
/// <c>vbscript:</c> URL, or an element the theme never writes (so it came from the input). Reads the page as a
/// browser parsed it, so text that only looks like markup is not reported.
/// </summary>
public static partial class LiveMarkup
{
    // Elements the theme does not use and that hostile input carries: each one found means unescaped input.
    private static readonly string[] ForeignElements =
        ["iframe", "object", "embed", "svg", "math", "img", "frame", "frameset", "base", "applet", "style", "b", "marquee", "x-hostile"];

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "srcset", "poster", "data", "background", "cite", "xlink:href"];

    /// <summary>One line per problem found in <paramref name="page"/>; empty for a page with nothing live from the input.</summary>
    public static IReadOnlyList<string> Find(IDocument page)
    {
        var problems = new List<string>();
        foreach (var script in page.QuerySelectorAll("script"))
        {
            var src = script.GetAttribute("src");
            if (src is null && script.GetAttribute("type") != "application/ld+json")
                problems.Add($"inline script: {Shorten(script.OuterHtml)}");
            else if (src is not null && !OwnScript().IsMatch(src))
                problems.Add($"script from elsewhere: {src}");
            else if (src is null && !IsJson(script.TextContent))
                problems.Add($"JSON-LD that is not JSON (broken out of?): {Shorten(script.TextContent)}");
        }
        foreach (var element in page.All)
        {
            if (ForeignElements.Contains(element.LocalName) && !IsThemeStyle(element)) problems.Add($"<{element.LocalName}> element: {Shorten(element.OuterHtml)}");
            if (element.LocalName == "meta" && element.HasAttribute("http-equiv")) problems.Add($"meta http-equiv: {Shorten(element.OuterHtml)}");
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    problems.Add($"event handler {attribute.Name}=\"{Shorten(attribute.Value)}\" on <{element.LocalName}>");
                if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) && ScriptingUrl().IsMatch(Unfolded(attribute.Value)))
                    problems.Add($"{attribute.Name}=\"{Shorten(attribute.Value)}\" on <{element.LocalName}>");
            }
        }
        return problems;
    }

    // The theme's own stylesheet, which every page carries in its head; any other <style> came from the input.
    private static readonly string ThemeStyle = SiteGen.Rendering.InlineStyle.Text("style.css",
        File.ReadAllBytes(Path.Combine(SiteGen.Tests.Support.RepoPaths.Theme, "assets", "style.css")));

    private static bool IsThemeStyle(IElement element) =>
        element.LocalName == "style" && element.ParentElement?.LocalName == "head" && element.TextContent == ThemeStyle;

    // A browser ignores tabs and line breaks anywhere in a URL and spaces or control characters around it.
    private static string Unfolded(string url) => url.Replace("\t", "").Replace("\n", "").Replace("\r", "").Trim('\0', ' ', '\f', '\v');

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Shorten(string text) => text.Length > 120 ? text[..120] + "…" : text;

    [GeneratedRegex(@"^/(assets|pagefind)/[A-Za-z0-9._-]+\.js$")]
    private static partial Regex OwnScript();

    [GeneratedRegex(@"^[\x00-\x20]*(javascript|data|vbscript)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptingUrl();
}
