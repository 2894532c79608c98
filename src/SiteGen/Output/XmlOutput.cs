using System.Globalization;
using System.Text;
using System.Xml;

namespace SiteGen.Output;

/// <summary>What the feed and sitemap writers share: the same XmlWriter settings, text that XML accepts, dates in W3C form.</summary>
internal static class XmlOutput
{
    /// <summary>UTF-8, indented with LF line ends whatever the machine, so two builds give the same bytes.</summary>
    public static string Write(Action<XmlWriter> write)
    {
        var text = new Utf8StringWriter();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", NewLineHandling = NewLineHandling.Replace };
        using (var writer = XmlWriter.Create(text, settings)) write(writer);
        return text.ToString() + "\n";
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

    // A StringWriter reports UTF-16, which XmlWriter would then write into the declaration.
    private sealed class Utf8StringWriter() : StringWriter(CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    }
}
