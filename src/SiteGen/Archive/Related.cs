using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SiteGen.Model;

namespace SiteGen.Archive;

/// <summary>
/// Related articles: those sharing the most tags, then the nearest in date, then by source path. Tags are compared as
/// terms (folded), and a tag an article repeats counts once.
/// Cost stays linear in the archive: candidates are the <see cref="Window"/> articles on either side of this one in
/// each of its tags' date-ordered lists. For tags with fewer articles than that the result is exact; in a tag carried
/// by thousands of articles only the nearest in date are considered, which is what the tie-break prefers anyway.
/// Comparing with every article of a big tag would make a 50,000-article archive quadratic.
/// </summary>
public static class Related
{
    public const int Window = 200;

    /// <summary>For each article (by index), the indices of up to <paramref name="max"/> related articles, best first.</summary>
    /// <param name="articles">The archive, newest first, so list neighbours are date neighbours.</param>
    public static IReadOnlyList<int>[] For(IReadOnlyList<Article> articles, int max, int window = Window)
    {
        var tags = TagIndex.Build(articles);
        var days = new int[articles.Count];
        for (var i = 0; i < articles.Count; i++) days[i] = articles[i].Date?.DayNumber ?? int.MinValue;
        var pathRank = PathRanks(articles);

        var result = new IReadOnlyList<int>[articles.Count];
        // A work space holds an int per article (a megabyte at 250,000) and Parallel.For asks for one each time it
        // starts a worker, which it does every few dozen milliseconds: made anew each time, 62 of them at 100,000
        // articles piled up in the large-object heap, which only a full collection frees. One per thread at a time.
        var spare = new ConcurrentBag<Scratch>();
        Parallel.For(0, articles.Count, () => spare.TryTake(out var kept) ? kept : new Scratch(articles.Count, max), (i, _, scratch) =>
        {
            scratch.Start();
            var (from, to) = (tags.Start[i], tags.Start[i + 1]);
            for (var k = from; k < to; k++)
            {
                var list = tags.Members[tags.Ids[k]];
                var p = tags.Positions[k];
                var end = Math.Min(list.Length - 1, p + window);
                for (var q = Math.Max(0, p - window); q <= end; q++)
                {
                    var j = list[q];
                    if (j == i || !scratch.Mark(j)) continue;
                    scratch.Offer(j, tags.SharedCount(i, j), Distance(days[i], days[j]), pathRank[j]);
                }
            }
            result[i] = scratch.Best();
            return scratch;
        }, spare.Add);
        return result;
    }

    /// <summary>
    /// Everything <see cref="For"/> looks at: each article's path, date and tags, in archive order. Equal keys give
    /// equal results, so a build whose edits left these alone (a paragraph, a title) reuses the last build's choice.
    /// </summary>
    public static Hash128 Key(IReadOnlyList<Article> articles, int max, int window = Window)
    {
        var f = new Fingerprint().Add(max).Add(window).Add(articles.Count);
        foreach (var a in articles) f.Add(a.SourcePath).Add(a.Date).Add(a.Tags);
        return f.Value;
    }

    /// <summary>Each article's place in ordinal order of source path, so the last tie-break compares two ints.</summary>
    private static int[] PathRanks(IReadOnlyList<Article> articles)
    {
        var order = new int[articles.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => string.CompareOrdinal(articles[a].SourcePath, articles[b].SourcePath));
        var rank = new int[articles.Count];
        for (var r = 0; r < order.Length; r++) rank[order[r]] = r;
        return rank;
    }

    /// <summary>Days apart; an undated article is farther than any dated one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Distance(int a, int b) => a == int.MinValue || b == int.MinValue ? long.MaxValue : Math.Abs((long)a - b);

    /// <summary>
    /// Each article's distinct tag ids (sorted) and its position in each tag's list, in flat arrays (article i's are
    /// at <c>Start[i]..Start[i+1]</c>), and each tag's articles in archive order: the inner loop reads them by the
    /// million, and flat arrays keep them in cache.
    /// </summary>
    private sealed class TagIndex(int[] start, int[] ids, int[] positions, int[][] members)
    {
        public int[] Start { get; } = start;
        public int[] Ids { get; } = ids;
        public int[] Positions { get; } = positions;
        public int[][] Members { get; } = members;

        public static TagIndex Build(IReadOnlyList<Article> articles)
        {
            var byFolded = new Dictionary<string, int>(StringComparer.Ordinal);
            var members = new List<List<int>>();
            var start = new int[articles.Count + 1];
            var ids = new List<int>();
            var positions = new List<int>();
            var distinct = new SortedSet<int>();
            for (var i = 0; i < articles.Count; i++)
            {
                distinct.Clear();
                foreach (var tag in articles[i].Tags)
                {
                    var folded = Taxonomy.Fold(tag);
                    if (folded.Length == 0) continue;
                    if (!byFolded.TryGetValue(folded, out var id))
                    {
                        byFolded[folded] = id = members.Count;
                        members.Add([]);
                    }
                    distinct.Add(id);
                }
                start[i] = ids.Count;
                foreach (var id in distinct)
                {
                    ids.Add(id);
                    positions.Add(members[id].Count);
                    members[id].Add(i);
                }
            }
            start[articles.Count] = ids.Count;
            return new TagIndex(start, [.. ids], [.. positions], members.Select(m => m.ToArray()).ToArray());
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int SharedCount(int a, int b)
        {
            int i = Start[a], iEnd = Start[a + 1], j = Start[b], jEnd = Start[b + 1], shared = 0;
            while (i < iEnd && j < jEnd)
            {
                if (Ids[i] == Ids[j]) { shared++; i++; j++; }
                else if (Ids[i] < Ids[j]) i++;
                else j++;
            }
            return shared;
        }
    }

    /// <summary>
    /// Per-thread work space: a candidate set cleared in O(candidates) by bumping a stamp instead of clearing an array,
    /// and the best <c>max</c> so far kept sorted in small arrays (most shared tags, then nearest, then path).
    /// </summary>
    private sealed class Scratch(int size, int max)
    {
        private readonly int[] _stamps = new int[size];
        private readonly int[] _index = new int[max];
        private readonly int[] _shared = new int[max];
        private readonly long[] _distance = new long[max];
        private readonly int[] _rank = new int[max];
        private int _stamp;
        private int _count;

        public void Start()
        {
            _stamp++;
            _count = 0;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Mark(int index)
        {
            if (_stamps[index] == _stamp) return false;
            _stamps[index] = _stamp;
            return true;
        }

        // Runs tens of millions of times in one build: compiled optimised at once rather than first without.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Offer(int index, int shared, long distance, int rank)
        {
            if (max == 0) return;
            if (_count == max && !Better(shared, distance, rank, _count - 1)) return;
            var at = _count == max ? max - 1 : _count++;
            while (at > 0 && Better(shared, distance, rank, at - 1))
            {
                _index[at] = _index[at - 1];
                _shared[at] = _shared[at - 1];
                _distance[at] = _distance[at - 1];
                _rank[at] = _rank[at - 1];
                at--;
            }
            _index[at] = index;
            _shared[at] = shared;
            _distance[at] = distance;
            _rank[at] = rank;
        }

        public int[] Best() => _index.AsSpan(0, _count).ToArray();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool Better(int shared, long distance, int rank, int slot)
        {
            if (shared != _shared[slot]) return shared > _shared[slot];
            if (distance != _distance[slot]) return distance < _distance[slot];
            return rank < _rank[slot];
        }
    }
}
