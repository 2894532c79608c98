using System.Net;
using System.Text;

namespace SiteGen.Cli.Serve;

/// <summary>
/// Adds the live-reload script to an HTML page on its way to the browser. Only responses are changed, never the
/// files on disk, so what the dev server builds is byte for byte what <c>sitegen build</c> deploys.
/// </summary>
public static class ReloadScriptInjector
{
    public const string ScriptPath = "/__sitegen/reload.js";

    private static readonly byte[] BodyEnd = "</body>"u8.ToArray();

    /// <summary>
    /// The tag added to pages. <paramref name="siteVersion"/> tells the script which build the page came from, and
    /// <paramref name="preview"/> that the page is a preview (<see cref="PreviewOverlay"/>), not the build's file.
    /// </summary>
    public static string Tag(string siteVersion, bool preview = false) =>
        $"<script src=\"{ScriptPath}\" data-sitegen-build=\"{WebUtility.HtmlEncode(siteVersion)}\"{(preview ? " data-sitegen-preview" : "")} defer></script>";

    /// <summary>
    /// Returns the page with <paramref name="tag"/> inserted before its last <c>&lt;/body&gt;</c> (any letter case), or
    /// appended when the page has none. Works on the UTF-8 bytes: the page is never decoded and re-encoded.
    /// </summary>
    public static byte[] Inject(ReadOnlySpan<byte> html, string tag)
    {
        var tagBytes = Encoding.UTF8.GetBytes(tag);
        var at = LastIndexOfIgnoreAsciiCase(html, BodyEnd);
        if (at < 0) at = html.Length;

        var result = new byte[html.Length + tagBytes.Length];
        html[..at].CopyTo(result);
        tagBytes.CopyTo(result.AsSpan(at));
        html[at..].CopyTo(result.AsSpan(at + tagBytes.Length));
        return result;
    }

    private static int LastIndexOfIgnoreAsciiCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerCaseNeedle)
    {
        for (var start = text.Length - lowerCaseNeedle.Length; start >= 0; start--)
        {
            var match = true;
            for (var i = 0; i < lowerCaseNeedle.Length; i++)
            {
                var b = text[start + i];
                var lower = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b | 0x20) : b;
                if (lower != lowerCaseNeedle[i])
                {
                    match = false;
                    break;
                }
            }
            if (match) return start;
        }
        return -1;
    }
}
