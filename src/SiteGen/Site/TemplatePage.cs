using Scriban.Runtime;

namespace SiteGen.Site;

/// <summary>
/// A page made from a theme layout and the variables it is given, rendered only when written. Its
/// <see cref="Text"/> is the document's content for anyone who reads it as a string; the writer instead takes the text
/// straight from the renderer's buffer (<see cref="Write"/>), so a written page is never a string.
/// </summary>
public sealed class TemplatePage(SiteContext site, string layout, Func<ScriptObject> model)
{
    public string Text() => site.Renderer.Render(layout, model());

    /// <summary>Renders the page and hands its text to <paramref name="write"/>, valid only during that call.</summary>
    public void Write(Action<ReadOnlySpan<char>> write) => site.Renderer.Render(layout, model(), write);
}
