namespace SiteGen.Inference;

/// <summary>
/// The spelling each tag is shown in across the archive: the one its articles use most, counted by mentions, so that
/// one tag reads the same on every page (<c>Korea Utara</c>, never <c>KOREA UTARA</c> here and <c>Korea utara</c> there).
/// Ties go to the ordinal first spelling, so the choice does not depend on the order of the articles.
/// </summary>
public sealed class TagSpellings
{
    private readonly Dictionary<string, string> _display = new(StringComparer.Ordinal);

    public TagSpellings(IEnumerable<IReadOnlyList<TagCandidate>> articles)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var candidates in articles)
        {
            foreach (var c in candidates)
            {
                if (c.DisplayFixed) continue;
                if (!counts.TryGetValue(c.Key, out var spellings)) counts[c.Key] = spellings = new Dictionary<string, int>(StringComparer.Ordinal);
                spellings[c.Display] = spellings.GetValueOrDefault(c.Display) + c.Count;
            }
        }
        foreach (var (key, spellings) in counts)
        {
            string? best = null;
            var bestCount = 0;
            foreach (var (spelling, count) in spellings)
                if (count > bestCount || (count == bestCount && string.CompareOrdinal(spelling, best) < 0)) (best, bestCount) = (spelling, count);
            _display[key] = best!;
        }
    }

    /// <summary>The archive's spelling of a key, or null when no article spells it out.</summary>
    public string? For(string key) => _display.GetValueOrDefault(key);

    /// <summary>The candidates with the archive's spellings; displays fixed by the site's aliases stay.</summary>
    public IReadOnlyList<TagCandidate> Apply(IReadOnlyList<TagCandidate> candidates)
    {
        var result = new TagCandidate[candidates.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var c = candidates[i];
            result[i] = !c.DisplayFixed && For(c.Key) is { } display && display != c.Display ? c with { Display = display } : c;
        }
        return result;
    }
}
