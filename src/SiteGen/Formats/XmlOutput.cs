using System.Globalization;
using System.Text;
using System.Xml;

namespace SiteGen.Formats;

/// <summary>What the feed and sitemap writers share: the same XmlWriter settings, text that XML accepts, dates in W3C form.</summary>
internal static class XmlOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// UTF-8 without a byte order mark, indented with LF line ends whatever the machine, so two builds give the same
    /// bytes; a final LF. Written straight into <paramref name="target"/> as bytes: a tag's feed or the sitemap made as
    /// one string (and its copy with the LF) was a large object, hundreds of them per build, that only a full
    /// collection frees.
    /// </summary>
    public static void Write(Stream target, Action<XmlWriter> write)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = Utf8, Indent = true, IndentChars = "  ", NewLineChars = "\n", NewLineHandling = NewLineHandling.Replace, CloseOutput = false,
        };
        using (var writer = XmlWriter.Create(target, settings)) write(writer);
        target.WriteByte((byte)'\n');
    }

    /// <summary>What <paramref name="write"/> writes, decoded from UTF-8.</summary>
    public static string Text(Action<Stream> write)
    {
        var bytes = new MemoryStream();
        write(bytes);
        return Utf8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
    }

    /// <summary>
    /// Drops characters XML 1.0 cannot carry (control characters, lone surrogates) that an old CMS export may contain;
    /// XmlWriter would otherwise throw in the middle of a build.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var ok = pair || XmlConvert.IsXmlChar(c);
            if (ok && sb is null) { if (pair) i++; continue; }
            sb ??= new StringBuilder(text, 0, i, text.Length);
            if (ok)
            {
                sb.Append(c);
                if (pair) sb.Append(text[++i]);
            }
        }
        return sb?.ToString() ?? text;
    }

    /// <summary>A date as an RFC 3339 instant at the start of the day, in UTC: no clock, no time zone of the machine.</summary>
    public static string Instant(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
