using System.Text.Json;
using Microsoft.Playwright;

namespace SiteGen.Browser.Tests;

/// <summary>
/// Walks a page with the Tab key the way a keyboard user does, and records, for every stop, which element had focus
/// and whether the focus could be seen there. The expected order is worked out independently, from the DOM: every
/// link, form control and other focusable element that is rendered, in document order.
/// </summary>
public static class TabWalk
{
    /// <summary>One stop of the walk.</summary>
    /// <param name="Index">The element's position among the focusable elements in document order; -1 when focus went elsewhere.</param>
    /// <param name="Element">What it is, for messages: tag, href or type, and text.</param>
    /// <param name="FocusVisible">Whether the element matches :focus-visible (the browser agrees it was focused by keyboard).</param>
    /// <param name="Outline">The computed outline style and width while focused, e.g. "solid 3px".</param>
    /// <param name="OnScreen">Whether the focused element's box lies inside the viewport, where a sighted user can see it.</param>
    public sealed record Stop(int Index, string Element, bool FocusVisible, string Outline, bool OnScreen)
    {
        /// <summary>A focus ring someone can see: a drawn outline on an element on screen.</summary>
        public bool IsVisible => FocusVisible && OnScreen && !Outline.StartsWith("none", StringComparison.Ordinal) && !Outline.EndsWith(" 0px", StringComparison.Ordinal);
    }

    // What an element is, for messages: <a#id href> text.
    private const string Describe = """
        const describe = e => {
          const text = (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 60);
          const where = e.getAttribute('href') || e.getAttribute('type') || '';
          return `<${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} ${where}> ${text}`;
        };
        """;

    // Marks the focusable elements in document order (querySelectorAll's order) and describes them. "Rendered" means
    // it has a box: display:none and hidden elements are not reachable by Tab, an element moved off screen still is.
    private const string MarkFocusable = "() => {" + Describe + """
          const selector = 'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), ' +
            'select:not([disabled]), textarea:not([disabled]), summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable=""], [contenteditable=true]';
          const focusable = [...document.querySelectorAll(selector)].filter(e => e.getClientRects().length > 0);
          window.__tabOrder = focusable;
          return focusable.map(describe);
        }
        """;

    private const string CurrentStop = "() => {" + Describe + """
          const e = document.activeElement;
          const style = getComputedStyle(e);
          const box = e.getBoundingClientRect();
          return {
            index: (window.__tabOrder || []).indexOf(e),
            element: describe(e),
            focusVisible: e.matches(':focus-visible'),
            outline: style.outlineStyle + ' ' + style.outlineWidth,
            onScreen: box.width > 0 && box.height > 0 && box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight,
          };
        }
        """;

    /// <summary>The page's focusable elements in document order, described; also remembered in the page for <see cref="WalkAsync"/>.</summary>
    public static async Task<IReadOnlyList<string>> FocusableInDocumentOrderAsync(IPage page)
    {
        return await page.EvaluateAsync<string[]>(MarkFocusable);
    }

    /// <summary>Presses Tab <paramref name="count"/> times from where focus is now and records each stop.</summary>
    public static async Task<IReadOnlyList<Stop>> WalkAsync(IPage page, int count)
    {
        var stops = new List<Stop>(count);
        for (var i = 0; i < count; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            stops.Add(await CurrentAsync(page));
        }
        return stops;
    }

    /// <summary>Where focus is now.</summary>
    public static async Task<Stop> CurrentAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>(CurrentStop);
        return new Stop(
            json.GetProperty("index").GetInt32(),
            json.GetProperty("element").GetString()!,
            json.GetProperty("focusVisible").GetBoolean(),
            json.GetProperty("outline").GetString()!,
            json.GetProperty("onScreen").GetBoolean());
    }
}
