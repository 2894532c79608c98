using System.Net;
using System.Text.Json;
using Scriban.Runtime;
using SiteGen.Model;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering;

/// <summary>
/// The <c>site</c> object and helper functions every template sees. Text from site.yml is escaped here, like article
/// text, so settings are as safe to print as anything else.
/// </summary>
public static class SiteGlobals
{
    /// <param name="searchAvailable">Whether this build will write a Pagefind index, so the search page can load its UI.</param>
    /// <param name="sectionMenu">The site's sections with articles, in menu order, linked to their rubrik pages (escaped).</param>
    /// <param name="styles">The theme's stylesheets by name, their text as it may go inside <c>&lt;style&gt;</c> unescaped
    /// (theme files, like templates, are the site's own markup; <see cref="InlineStyle"/> refused any that could end the element).</param>
    public static ScriptObject Build(SiteSettings s, SiteUrls urls, IReadOnlyDictionary<string, string> assetLinks, bool searchAvailable,
        IReadOnlyList<LinkView>? sectionMenu = null, IReadOnlyDictionary<string, string>? styles = null)
    {

        var assets = new ScriptObject();
        foreach (var (name, link) in assetLinks) assets[name] = link;

        var inlineStyles = new ScriptObject();
        foreach (var (name, text) in styles ?? new Dictionary<string, string>()) inlineStyles[name] = text;

        var strings = new ScriptObject();
        foreach (var (key, value) in s.Strings) strings[key] = Html.Escape(value);

        var taxonomies = new ScriptArray();
        foreach (var t in s.Taxonomies)
        {
            var so = new ScriptObject
            {
                ["name"] = Html.Escape(t.Name),
                ["title"] = Html.Escape(t.Title),
                ["url"] = urls.Link($"/{t.Path}/"),
            };
            taxonomies.Add(so);
        }

        var sections = new ScriptArray();
        foreach (var link in sectionMenu ?? []) sections.Add(new ScriptObject { ["text"] = link.Text, ["url"] = link.Url });

        var site = new ScriptObject
        {
            ["title"] = Html.Escape(s.Title),
            ["description"] = Html.Escape(s.Description),
            ["language"] = Html.Escape(s.Language),
            ["author"] = Html.Escape(s.Author),
            ["base_url"] = Html.Escape(s.BaseUrl),
            // Scheme and host: before a link, it makes the absolute URL other sites need (og:image).
            ["origin"] = Html.Escape(urls.Origin),
            ["home_url"] = urls.Link("/"),
            ["feed_url"] = urls.Link("/feed.xml"),
            ["archive_url"] = urls.Link($"/{s.Segments.Archive}/"),
            ["search_url"] = urls.Link($"/{s.Segments.Search}/"),
            ["search_enabled"] = s.Search.Enabled,
            ["search_available"] = searchAvailable,
            ["assets"] = assets,
            // {{ site.styles["style.css"] }}: a stylesheet's text for a <style> element (no request before the first paint).
            ["styles"] = inlineStyles,
            ["strings"] = strings,
            ["taxonomies"] = taxonomies,
            // The site's sections for the main navigation (name as `text`, `url`): those with articles, in site.yml order.
            ["sections"] = sections,
        };

        var globals = new ScriptObject { ["site"] = site };
        // {{ link '/tentang/' }}: a site path as a link that honours the base URL's sub-path.
        globals.Import("link", new Func<string, string>(urls.Link));
        // {{ site.title | json }}: a value printed as a JSON string (the web app manifest). Values reach templates
        // HTML-escaped; JSON wants the text itself.
        globals.Import("json", new Func<string?, string>(text => JsonSerializer.Serialize(WebUtility.HtmlDecode(text ?? ""))));
        return globals;
    }
}
