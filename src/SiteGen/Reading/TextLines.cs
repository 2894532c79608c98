using System.Buffers;
using System.Text;

namespace SiteGen.Reading;

/// <summary>Splits text into lines and tidies each one the way a reader would expect to see it.</summary>
public static class TextLines
{
    // Every character the slow path drops or turns into a space, except the plain space itself, which only needs
    // tidying when doubled or at an end. Surrogates are in it so that lone ones are found; a text with emoji takes
    // the slow path, which keeps well-formed pairs.
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

    /// <summary>
    /// One line as a reader should see it: whitespace runs collapsed and ends trimmed; control characters, lone
    /// surrogates and the noncharacters U+FFFE/U+FFFF dropped, since no page, feed or slug can carry them.
    /// </summary>
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
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                if (pendingSpace) sb.Append(' ');
                pendingSpace = false;
                sb.Append(c).Append(span[++i]);
                continue;
            }
            if (char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF') continue;
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
        {
            var ch = (char)c;
            if (c != ' ' && (char.IsWhiteSpace(ch) || char.IsControl(ch) || char.IsSurrogate(ch) || c is '\u200B' or '\uFEFF' or '\uFFFE' or '\uFFFF'))
                sb.Append(ch);
        }
        return sb.ToString();
    }

    private static bool IsTidy(ReadOnlySpan<char> span)
    {
        if (span.Length == 0) return true;
        if (span[0] == ' ' || span[^1] == ' ') return false;
        // Printable ASCII holds nothing untidy but doubled spaces; a range check is far cheaper than the set search.
        if (span.ContainsAnyExceptInRange(' ', '~') && span.ContainsAny(Untidy)) return false;
        return !span.Contains("  ", StringComparison.Ordinal);
    }
}
