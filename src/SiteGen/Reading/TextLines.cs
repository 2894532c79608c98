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

    public static string Tidy(string line)
    {
        var sb = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (char.IsControl(c)) continue;
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
