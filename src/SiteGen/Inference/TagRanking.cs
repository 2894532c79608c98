using System.Runtime.InteropServices;

namespace SiteGen.Inference;

/// <summary>
/// The corpus step of tag extraction: given every article's candidates, picks each article's tags by how often the
/// article names a phrase and how rare the phrase is across the archive.
/// </summary>
/// <remarks>
/// score = mentions × ln(1 + articles / articles naming it) × (1.5 when the title names it too).
/// A phrase qualifies when the article names it at least twice or in its title; a phrase seen only at the start of
/// sentences, in every article that has it, is grammar, not a name (<c>Pertandingan</c>), and never qualifies.
/// Ties go to the phrase named first, then to the key in ordinal order, so the result never depends on thread timing.
/// </remarks>
public static class TagRanking
{
    public const double TitleBoost = 1.5;
    public const int MinMentions = 2;

    public static IReadOnlyList<string>[] Rank(IReadOnlyList<IReadOnlyList<TagCandidate>> candidates, int max)
    {
        // One table for both figures of a key: one look-up per candidate.
        var keys = new Dictionary<string, KeyFigures>(StringComparer.Ordinal);
        foreach (var article in candidates)
        {
            foreach (var c in article)
            {
                ref var figures = ref CollectionsMarshal.GetValueRefOrAddDefault(keys, c.Key, out _);
                figures.Articles++;
                figures.SeenMidSentence |= !c.OnlyAtSentenceStart;
            }
        }

        var n = candidates.Count;
        var result = new IReadOnlyList<string>[n];
        Parallel.For(0, n, i => result[i] = Pick(candidates[i], max, n, keys));
        return result;
    }

    /// <summary>How many articles name a key, and whether any names it in mid-sentence.</summary>
    private struct KeyFigures
    {
        public int Articles;
        public bool SeenMidSentence;
    }

    private static IReadOnlyList<string> Pick(IReadOnlyList<TagCandidate> candidates, int max, int articles, Dictionary<string, KeyFigures> keys)
    {
        if (max <= 0 || candidates.Count == 0) return [];
        var scored = new List<(TagCandidate Candidate, double Score)>();
        foreach (var c in candidates)
        {
            if (c.Count < MinMentions && !c.InTitle) continue;
            var figures = keys[c.Key];
            if (!figures.SeenMidSentence) continue;
            var rarity = Math.Log(1.0 + (double)articles / figures.Articles);
            scored.Add((c, c.Count * rarity * (c.InTitle ? TitleBoost : 1.0)));
        }
        scored.Sort((a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            if (byScore != 0) return byScore;
            return a.Candidate.FirstWord != b.Candidate.FirstWord
                ? a.Candidate.FirstWord.CompareTo(b.Candidate.FirstWord)
                : string.CompareOrdinal(a.Candidate.Key, b.Candidate.Key);
        });
        var tags = new List<string>(Math.Min(max, scored.Count));
        for (var i = 0; i < scored.Count && tags.Count < max; i++) tags.Add(scored[i].Candidate.Display);
        return tags;
    }
}
