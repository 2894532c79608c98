using System.Security.Cryptography;
using System.Text;
using SiteGen.Engine;
using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>
/// A theme stylesheet as the text of a <c>&lt;style&gt;</c> element. Pages carry their CSS inline so the first paint
/// waits for no request (Lighthouse counted the stylesheet's round trip and a second style pass when it arrived).
/// The text is the file's, with line ends made LF, so the Content-Security-Policy hash of it is the same on every
/// checkout and host.
/// </summary>
public static class InlineStyle
{
    /// <summary>The text to put between <c>&lt;style&gt;</c> and <c>&lt;/style&gt;</c>.</summary>
    /// <param name="source">The file, as diagnostics name it.</param>
    /// <exception cref="ConfigurationException">The text would end the element early (<c>&lt;/style</c>).</exception>
    public static string Text(string source, byte[] bytes)
    {
        var text = new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF').Replace("\r\n", "\n").TrimEnd();
        // The HTML parser ends a <style> element at the first "</style", whatever the CSS around it means; a theme
        // file must not be able to write markup into every page that way.
        if (text.Contains("</style", StringComparison.OrdinalIgnoreCase))
            throw new ConfigurationException(Diagnostic.Error(source, "the stylesheet contains '</style', which would end its <style> element in every page; write it as '<\\/style' in a CSS string"));
        return text;
    }

    /// <summary>The Content-Security-Policy source that allows exactly this text in a <c>&lt;style&gt;</c> element: <c>'sha256-…'</c>.</summary>
    public static string CspSource(string text) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}'";
}
