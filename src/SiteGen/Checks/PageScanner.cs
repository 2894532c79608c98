using AngleSharp.Dom;

namespace SiteGen.Checks;

/// <summary>Walks a parsed page once and collects its links, ids and the facts the structure check needs.</summary>
internal static class PageScanner
{
    public static PageScan Scan(string path, IDocument document)
    {
        var links = new List<PageLink>();
        var imagesWithoutAlt = new List<PageLink>();
        var firstTagById = new Dictionary<string, string>(StringComparer.Ordinal);
        var fragmentTargets = new HashSet<string>(StringComparer.Ordinal);
        Dictionary<string, List<string>>? duplicates = null;
        string? baseHref = null;
        string? title = null;
        var h1Count = 0;
        var isRedirect = false;

        foreach (var element in document.All)
        {
            if (element.Id is { Length: > 0 } id)
            {
                fragmentTargets.Add(id);
                if (!firstTagById.TryAdd(id, element.LocalName))
                {
                    duplicates ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
                    if (!duplicates.TryGetValue(id, out var tags)) duplicates[id] = tags = [firstTagById[id]];
                    tags.Add(element.LocalName);
                }
            }

            // SVG and MathML have their own <a> and <title>; only HTML elements count below.
            if (element.NamespaceUri != NamespaceNames.HtmlUri) continue;

            switch (element.LocalName)
            {
                case "a":
                    AddUrl(links, element, "href");
                    // The old <a name> still answers a fragment in every browser.
                    if (element.GetAttribute("name") is { Length: > 0 } name) fragmentTargets.Add(name);
                    break;
                case "area" or "link":
                    AddUrl(links, element, "href");
                    break;
                case "script" or "iframe":
                    AddUrl(links, element, "src");
                    break;
                case "img":
                    AddUrl(links, element, "src");
                    AddSrcset(links, element);
                    if (!element.HasAttribute("alt"))
                        imagesWithoutAlt.Add(new PageLink("img", "src", element.GetAttribute("src") ?? ""));
                    break;
                case "source":
                    AddUrl(links, element, "src");
                    AddSrcset(links, element);
                    break;
                case "base":
                    baseHref ??= element.GetAttribute("href");
                    break;
                case "h1":
                    h1Count++;
                    break;
                case "title":
                    title ??= element.TextContent;
                    break;
                case "meta":
                    if (string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase)) isRedirect = true;
                    break;
            }
        }

        var duplicateIds = duplicates is null
            ? (IReadOnlyList<DuplicateId>)[]
            : duplicates.Select(d => new DuplicateId(d.Key, d.Value)).ToList();
        return new PageScan(path, baseHref, links, fragmentTargets, duplicateIds, h1Count, title, isRedirect, imagesWithoutAlt);
    }

    private static void AddUrl(List<PageLink> links, IElement element, string attribute)
    {
        if (element.GetAttribute(attribute) is { } url) links.Add(new PageLink(element.LocalName, attribute, url));
    }

    private static void AddSrcset(List<PageLink> links, IElement element)
    {
        if (element.GetAttribute("srcset") is not { } srcset) return;
        foreach (var url in Srcset.Urls(srcset)) links.Add(new PageLink(element.LocalName, "srcset", url));
    }
}
