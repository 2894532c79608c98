using System.Runtime.InteropServices;

namespace SiteGen.Inference;

/// <summary>
/// The spelling each tag is shown in across the archive: the one its articles use most, counted by mentions, so that
/// one tag reads the same on every page (<c>Korea Utara</c>, never <c>KOREA UTARA</c> here and <c>Korea utara</c> there).
/// Ties go to the ordinal first spelling, so the choice does not depend on the order of the articles.
/// </summary>
public sealed class TagSpellings
{
    private readonly Dictionary<string, string> _display = new(StringComparer.Ordinal);
    // The few keys written more than one way: only their candidates may need another display. A small table stays in
    // the processor's cache, where a look-up in the big one would not.
    private readonly Dictionary<string, string> _respelled = new(StringComparer.Ordinal);

    /// <summary>Mentions per spelling of one key; most keys are spelled one way, which needs no dictionary.</summary>
    private sealed class Votes(string spelling, int count)
    {
        public readonly string First = spelling;
        public int FirstCount = count;
        public Dictionary<string, int>? All;

        public void Add(string spelling, int count)
        {
            if (All is null && spelling == First) { FirstCount += count; return; }
            All ??= new Dictionary<string, int>(StringComparer.Ordinal) { [First] = FirstCount };
            All[spelling] = All.GetValueOrDefault(spelling) + count;
        }

        public string Winner()
        {
            if (All is null) return First;
            string? best = null;
            var bestCount = 0;
            foreach (var (spelling, count) in All)
                if (count > bestCount || (count == bestCount && string.CompareOrdinal(spelling, best) < 0)) (best, bestCount) = (spelling, count);
            return best!;
        }
    }

    public TagSpellings(IEnumerable<IReadOnlyList<TagCandidate>> articles)
    {
        var votes = new Dictionary<string, Votes>(StringComparer.Ordinal);
        foreach (var candidates in articles)
        {
            foreach (var c in candidates)
            {
                if (c.DisplayFixed) continue;
                ref var v = ref CollectionsMarshal.GetValueRefOrAddDefault(votes, c.Key, out var seen);
                if (seen) v!.Add(c.Display, c.Count);
                else v = new Votes(c.Display, c.Count);
            }
        }
        _display.EnsureCapacity(votes.Count);
        foreach (var (key, v) in votes)
        {
            _display[key] = v.Winner();
            if (v.All is not null) _respelled[key] = _display[key];
        }
    }

    /// <summary>The archive's spelling of a key, or null when no article spells it out.</summary>
    public string? For(string key) => _display.GetValueOrDefault(key);

    /// <summary>The candidates with the archive's spellings; displays fixed by the site's aliases stay.</summary>
    public IReadOnlyList<TagCandidate> Apply(IReadOnlyList<TagCandidate> candidates)
    {
        TagCandidate[]? result = null; // copied only when some display changes
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.DisplayFixed || !_respelled.TryGetValue(c.Key, out var display) || display == c.Display) continue;
            if (result is null)
            {
                result = new TagCandidate[candidates.Count];
                for (var j = 0; j < i; j++) result[j] = candidates[j];
            }
            result[i] = c with { Display = display };
        }
        if (result is null) return candidates;
        for (var i = 0; i < result.Length; i++) result[i] ??= candidates[i];
        return result;
    }
}
