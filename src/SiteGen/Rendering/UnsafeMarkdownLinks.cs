using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Engine;

namespace SiteGen.Rendering;

/// <summary>
/// Turns Markdown links and images whose target is not a safe link (<see cref="LinkSafety"/>) into their text.
/// Markdig passes <c>[klik](javascript:alert(1))</c> through as a live link even with raw HTML disabled, so a page
/// would run script when the link is clicked. Each one is a warning naming the file and line.
/// </summary>
public static class UnsafeMarkdownLinks
{
    /// <param name="firstLine">The file line the Markdown starts on (after its front matter), for diagnostics.</param>
    public static void Neutralise(MarkdownDocument document, string file, int firstLine, List<Diagnostic> diagnostics)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (LinkSafety.IsSafe(link.Url)) continue;
            Report(file, firstLine + link.Line, link.IsImage ? "image" : "link", link.Url, diagnostics);
            link.MoveChildrenAfter(link); // the link text (or an image's alt text) stays, as plain text
            link.Remove();
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (LinkSafety.IsSafe(autolink.Url)) continue;
            Report(file, firstLine + autolink.Line, "link", autolink.Url, diagnostics);
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
    }

    private static void Report(string file, int line, string kind, string? url, List<Diagnostic> diagnostics)
    {
        var shown = url is { Length: > 40 } ? url[..40] + "…" : url;
        diagnostics.Add(Diagnostic.Warning(file, $"{kind} to '{shown}' is not a safe link target (only relative, http(s), mailto, tel and ftp links are); shown as text", line));
    }
}
