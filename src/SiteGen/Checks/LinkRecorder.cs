using System.Collections.Concurrent;
using System.Net;

namespace SiteGen.Checks;

/// <summary>
/// Collects the links of every page as the build writes it, by a plain scan for <c>href="…"</c> and <c>src="…"</c>
/// in the HTML our own templates produce (always double-quoted). It feeds <see cref="LinkSetCheck"/>, the cheap
/// default check: no HTML parse, so it costs a few milliseconds even for tens of thousands of pages.
/// </summary>
public sealed class LinkRecorder
{
    private readonly ConcurrentQueue<(string Page, string Href)> _links = new();

    public IEnumerable<(string Page, string Href)> Links => _links;

    public void Record(string page, string html)
    {
        foreach (var attribute in (ReadOnlySpan<string>)[" href=\"", " src=\""])
        {
            var at = 0;
            while ((at = html.IndexOf(attribute, at, StringComparison.Ordinal)) >= 0)
            {
                var start = at + attribute.Length;
                var end = html.IndexOf('"', start);
                if (end < 0) break;
                var value = html.AsSpan(start, end - start);
                _links.Enqueue((page, value.Contains('&') ? WebUtility.HtmlDecode(value.ToString()) : value.ToString()));
                at = end;
            }
        }
    }
}
