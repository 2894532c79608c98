using SiteGen.Engine;

namespace SiteGen.Checks;

/// <summary>
/// Page-level rules a reader or a search engine notices: one &lt;h1&gt; naming the page, a title for the tab and
/// the result list, unique ids so fragments land where meant, and alt text for every image.
/// </summary>
internal static class HtmlStructureCheck
{
    public static void Check(PageScan page, Severity severity, DiagnosticBag into)
    {
        // A redirect stub (an old URL pointing to the new one) has no content to head.
        if (!page.IsRedirect && page.H1Count != 1)
        {
            into.Add(new Diagnostic(severity, page.Path, null, page.H1Count == 0
                ? "page has no <h1>"
                : $"page has {page.H1Count} <h1> elements; expected exactly one"));
        }

        if (page.Title is null)
            into.Add(new Diagnostic(severity, page.Path, null, "page has no <title>"));
        else if (string.IsNullOrWhiteSpace(page.Title))
            into.Add(new Diagnostic(severity, page.Path, null, "<title> is empty"));

        foreach (var duplicate in page.DuplicateIds)
        {
            var elements = string.Join(", ", duplicate.Elements.Select(tag => $"<{tag}>"));
            into.Add(new Diagnostic(severity, page.Path, null,
                $"id \"{duplicate.Id}\" is used by {duplicate.Elements.Count} elements ({elements})"));
        }

        foreach (var image in page.ImagesWithoutAlt)
            into.Add(new Diagnostic(severity, page.Path, null, $"{image.Describe()} has no alt attribute"));
    }
}
