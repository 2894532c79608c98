using System.Net;

namespace SiteGen.Rendering;

/// <summary>
/// The one place text becomes HTML. Every string of article, page or settings text goes through <see cref="Escape"/>
/// while the page model is built, so a template that prints a value prints it safely by default.
/// </summary>
public static class Html
{
    public static string Escape(string? text) => string.IsNullOrEmpty(text) ? "" : WebUtility.HtmlEncode(text);
}
