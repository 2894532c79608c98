using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Language;

namespace SiteGen.Rendering;

/// <summary>
/// Gives the h2–h6 of a Markdown page body ids made from their text ("Sejarah Kafé Tua" → "sejarah-kafe-tua"),
/// so readers can link to a section. Ids depend only on the headings' text and order, so they survive rebuilds;
/// a repeated heading gets "-2", "-3", and ids already in the body (or reserved by the layout) are never reused.
/// </summary>
public static class HeadingIds
{
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    /// <summary>Returns the body HTML with ids added; the input itself when it has no heading to name.</summary>
    /// <param name="reservedIds">Ids the surrounding layout uses (e.g. "konten"), which a heading must not take.</param>
    public static string Assign(string bodyHtml, IEnumerable<string>? reservedIds = null)
    {
        if (!MayHaveSubheading(bodyHtml)) return bodyHtml;
        using var document = Parser.Value!.ParseDocument("");
        var body = document.Body!;
        // Parsing as the body's content keeps fragment semantics: a leading <link> or <style> stays in place.
        body.InnerHtml = bodyHtml;
        return Assign(body, reservedIds) == 0 ? bodyHtml : body.InnerHtml;
    }

    /// <summary>Adds ids to the headings under <paramref name="root"/>; returns how many it added.</summary>
    public static int Assign(IElement root, IEnumerable<string>? reservedIds = null)
    {
        var used = new HashSet<string>(reservedIds ?? [], StringComparer.Ordinal);
        var unnamed = new List<IElement>();
        foreach (var element in root.Descendants<IElement>())
        {
            if (element.Id is { Length: > 0 } id) used.Add(id);
            else if (IsSubheading(element)) unnamed.Add(element);
        }

        foreach (var heading in unnamed)
        {
            // A heading of only emoji or punctuation has no slug; its tag name still makes a valid, stable id.
            var slug = Slugs.From(heading.TextContent) is { Length: > 0 } s ? s : heading.LocalName;
            var id = slug;
            for (var n = 2; !used.Add(id); n++) id = $"{slug}-{n}";
            heading.Id = id;
        }
        return unnamed.Count;
    }

    private static bool IsSubheading(IElement element) =>
        element.NamespaceUri == NamespaceNames.HtmlUri
        && element.LocalName is "h2" or "h3" or "h4" or "h5" or "h6";

    private static bool MayHaveSubheading(string html)
    {
        for (var i = html.IndexOf('<'); i >= 0 && i + 2 < html.Length; i = html.IndexOf('<', i + 1))
            if (html[i + 1] is 'h' or 'H' && html[i + 2] is >= '2' and <= '6') return true;
        return false;
    }
}
