using System.Buffers;
using System.Text;

namespace SiteGen.Reading;

/// <summary>Splits text into lines and tidies each one the way a reader would expect to see it.</summary>
public static class TextLines
{
    // Every character the slow path drops or turns into a space, except the plain space itself, which only needs
    // tidying when doubled or at an end.
    private static readonly SearchValues<char> Untidy = SearchValues.Create(UntidyCharacters());

    /// <summary>Lines of the text with CRLF/CR handled, whitespace runs (tabs, no-break spaces) collapsed and ends trimmed.</summary>
    public static List<string> Split(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                lines.Add(Tidy(text, start, text.Length - start));
                return lines;
            }
            lines.Add(Tidy(text, start, end - start));
            start = end + 1;
        }
    }

    public static string Tidy(string line) => Tidy(line, 0, line.Length);

    /// <summary>
    /// Tidies <c>text[start..start+length]</c>. Most lines are already tidy (single inner spaces, nothing to trim), and
    /// those are cut out as they are after one vectorised scan instead of being rebuilt character by character.
    /// </summary>
    private static string Tidy(string text, int start, int length)
    {
        var span = text.AsSpan(start, length);
        if (IsTidy(span)) return span.Length == text.Length ? text : new string(span);

        var sb = new StringBuilder(span.Length);
        var pendingSpace = false;
        foreach (var c in span)
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

    private static string UntidyCharacters()
    {
        var sb = new StringBuilder();
        for (var c = 0; c <= char.MaxValue; c++)
            if (c != ' ' && (char.IsWhiteSpace((char)c) || char.IsControl((char)c) || c is '\u200B' or '\uFEFF')) sb.Append((char)c);
        return sb.ToString();
    }

    private static bool IsTidy(ReadOnlySpan<char> span)
    {
        if (span.Length == 0) return true;
        if (span[0] == ' ' || span[^1] == ' ') return false;
        if (span.ContainsAny(Untidy)) return false;
        return !span.Contains("  ", StringComparison.Ordinal);
    }
}
