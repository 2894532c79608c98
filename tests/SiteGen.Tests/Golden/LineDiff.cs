using System.Text;

namespace SiteGen.Tests.Golden;

/// <summary>
/// A unified diff of two texts by lines, for a golden page that no longer matches: the lines removed (-) and added
/// (+) with a few lines of context around each change, like <c>git diff</c>, so the message reads as a review.
/// </summary>
public static class LineDiff
{
    public static string Unified(string expected, string actual, string name, int context = 3, int maxLines = 120)
    {
        var a = Lines(expected);
        var b = Lines(actual);
        var edits = Edits(a, b);
        var output = new StringBuilder();
        output.Append("--- expected/").Append(name).Append('\n').Append("+++ actual/").Append(name).Append('\n');
        var changes = Enumerable.Range(0, edits.Count).Where(k => edits[k].Kind != ' ').ToList();
        var shown = 0;
        var c = 0;
        while (c < changes.Count)
        {
            // A hunk takes every change within two contexts of the one before it.
            var last = c;
            while (last + 1 < changes.Count && changes[last + 1] - changes[last] <= 2 * context) last++;
            var from = Math.Max(0, changes[c] - context);
            var to = Math.Min(edits.Count, changes[last] + context + 1);
            output.Append($"@@ line {edits[from].OldLine + 1} of expected, {edits[from].NewLine + 1} of actual @@\n");
            for (var k = from; k < to; k++)
            {
                if (++shown > maxLines)
                {
                    output.Append($"... ({changes.Count} changed lines in all)\n");
                    return output.ToString();
                }
                output.Append(edits[k].Kind).Append(Shorten(edits[k].Text)).Append('\n');
            }
            c = last + 1;
        }
        return output.ToString();
    }

    private readonly record struct Edit(char Kind, string Text, int OldLine, int NewLine);

    private static string[] Lines(string text) => text.Replace("\r\n", "\n").Split('\n');

    /// <summary>A page's minified line can be long; the diff shows its first 300 characters.</summary>
    private static string Shorten(string line) => line.Length <= 300 ? line : line[..300] + "…";

    /// <summary>The shortest edit script by the longest common subsequence of lines (pages are a few hundred lines).</summary>
    private static List<Edit> Edits(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var x = a.Length - 1; x >= 0; x--)
            for (var y = b.Length - 1; y >= 0; y--)
                lcs[x, y] = a[x] == b[y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
        var edits = new List<Edit>();
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            if (i < a.Length && j < b.Length && a[i] == b[j]) edits.Add(new Edit(' ', a[i], i++, j++));
            else if (i < a.Length && (j == b.Length || lcs[i + 1, j] >= lcs[i, j + 1])) edits.Add(new Edit('-', a[i], i++, j));
            else edits.Add(new Edit('+', b[j], i, j++));
        }
        return edits;
    }
}
