using System.Text;

namespace SiteGen.Reading;

/// <summary>Splits text into lines and tidies each one the way a reader would expect to see it.</summary>
public static class TextLines
{
    /// <summary>Lines of the text with CRLF/CR handled, whitespace runs (tabs, no-break spaces) collapsed and ends trimmed.</summary>
    public static List<string> Split(string text)
    {
        var lines = new List<string>();
        foreach (var raw in text.Split('\n'))
            lines.Add(Tidy(raw));
        return lines;
    }

    /// <summary>
    /// One line as a reader should see it: whitespace runs collapsed and ends trimmed; control characters, lone
    /// surrogates and the noncharacters U+FFFE/U+FFFF dropped, since no page, feed or slug can carry them.
    /// </summary>
    public static string Tidy(string line)
    {
        var sb = new StringBuilder(line.Length);
        var pendingSpace = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                if (pendingSpace) sb.Append(' ');
                pendingSpace = false;
                sb.Append(c).Append(line[++i]);
                continue;
            }
            if (char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF') continue;
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
