using System.Text;

namespace SiteGen.Reading.Repair;

/// <summary>
/// Undoes UTF-8 that was read as a single-byte code page (<see cref="LegacyCodePage"/>): <c>‚Äú</c> (Mac Roman) and
/// <c>â€œ</c> (Windows-1252) back to <c>“</c>, <c>Ã©</c> to <c>é</c>, <c>ÿßŸÑŸÑŸá</c> to <c>الله</c>. Like ftfy, it changes
/// text only where the change is clearly for the better:
/// <list type="bullet">
/// <item>the characters stand for bytes that form valid UTF-8 (a sequence, not a stray byte);</item>
/// <item>what they decode to is a plausible character in its place (<see cref="MojibakeEvidence.IsPlausible"/>);</item>
/// <item>the line shows the marks of mojibake somewhere (<see cref="MojibakeEvidence.HasTell"/>): text that only
/// happens to form UTF-8 bytes, such as <c>PELÉ”</c>, is left alone.</item>
/// </list>
/// Text decoded twice is undone one layer a pass, until nothing changes, so the repair is idempotent.
/// </summary>
public static class Mojibake
{
    // Each pass undoes one layer; real text is rarely decoded wrongly more than twice or three times.
    private const int MaxLayers = 8;

    /// <summary>The text with its mojibake undone; the same instance when there was none.</summary>
    public static string Repair(string text)
    {
        for (var layer = 0; layer < MaxLayers; layer++)
        {
            if (text.AsSpan().IndexOfAny(LegacyCodePage.AnyHighCharacter) < 0) return text;
            var repaired = RepairLines(text);
            if (ReferenceEquals(repaired, text)) return text;
            text = repaired;
        }
        return text;
    }

    /// <summary>Each line (paragraph) on its own: the evidence of one paragraph says nothing about another's.</summary>
    private static string RepairLines(string text)
    {
        StringBuilder? sb = null;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start);
            var repaired = RepairLine(line);
            if (repaired is not null)
            {
                sb ??= new StringBuilder(text.Length).Append(text, 0, start);
                sb.Append(repaired);
            }
            else sb?.Append(line);
            if (end < text.Length) sb?.Append('\n');
            start = end + 1;
        }
        return sb?.ToString() ?? text;
    }

    /// <summary>
    /// The line repaired as the code page that explains the most of it, or null when none explains any. The same
    /// characters can form UTF-8 in two code pages (Mac Roman <c>ÁÅ´</c> is 火, but its <c>Å´</c> alone is Windows-1252
    /// for Ŵ), and the reading that accounts for more of the line is the one that happened; a line mis-read both ways
    /// gets the other code page's repair in the next pass.
    /// </summary>
    private static string? RepairLine(ReadOnlySpan<char> line)
    {
        if (line.IndexOfAny(LegacyCodePage.AnyHighCharacter) < 0) return null;
        List<Utf8Sequence>? best = null;
        var bestCoverage = 0;
        foreach (var page in LegacyCodePage.All)
        {
            var found = Repairable(line, page);
            var coverage = 0;
            foreach (var s in found) coverage += s.End - s.Start;
            if (coverage <= bestCoverage) continue;
            best = found;
            bestCoverage = coverage;
        }
        if (best is null) return null;

        var sb = new StringBuilder(line.Length);
        var at = 0;
        foreach (var s in best)
        {
            sb.Append(line[at..s.Start]);
            sb.Append(s.Decoded.ToString());
            at = s.End;
        }
        return sb.Append(line[at..]).ToString();
    }

    /// <summary>The sequences of the line that this code page would repair: plausible, and vouched for by a tell.</summary>
    private static List<Utf8Sequence> Repairable(ReadOnlySpan<char> line, LegacyCodePage page)
    {
        var candidates = new List<Utf8Sequence>();
        var i = 0;
        while (i < line.Length)
        {
            if (!page.TryGetByte(line[i], out _)) { i++; continue; }
            var runStart = i;
            while (i < line.Length && page.TryGetByte(line[i], out _)) i++;
            Utf8Sequence.FindAll(line[runStart..i], runStart, page, candidates);
        }
        if (candidates.Count == 0) return candidates;

        // A candidate must fit its place; dropping one changes its neighbours' places, so settle until none is dropped.
        var accepted = new List<Utf8Sequence>(candidates);
        bool dropped;
        do
        {
            dropped = false;
            for (var k = accepted.Count - 1; k >= 0; k--)
            {
                var left = k > 0 && accepted[k - 1].End == accepted[k].Start ? accepted[k - 1].Decoded : RuneBefore(line, accepted[k].Start);
                var right = k + 1 < accepted.Count && accepted[k + 1].Start == accepted[k].End ? accepted[k + 1].Decoded : RuneAt(line, accepted[k].End);
                if (MojibakeEvidence.IsPlausible(accepted[k].Decoded, left, right)) continue;
                accepted.RemoveAt(k);
                dropped = true;
            }
        } while (dropped);

        // One clear sign of mojibake anywhere in the line vouches for the line's other plausible sequences, as a
        // person who has seen ‚Äú in a paragraph reads its –ö as mojibake too.
        return accepted.Count > 0 && MojibakeEvidence.HasTell(line, accepted) ? accepted : [];
    }

    private static Rune? RuneBefore(ReadOnlySpan<char> line, int index) =>
        index > 0 && Rune.DecodeLastFromUtf16(line[..index], out var r, out _) == System.Buffers.OperationStatus.Done ? r : null;

    private static Rune? RuneAt(ReadOnlySpan<char> line, int index) =>
        index < line.Length && Rune.DecodeFromUtf16(line[index..], out var r, out _) == System.Buffers.OperationStatus.Done ? r : null;
}
