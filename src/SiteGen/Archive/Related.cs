using SiteGen.Articles;

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
        var (tagsOf, positionsOf, members) = IndexTags(articles);
        var days = new int[articles.Count];
        for (var i = 0; i < articles.Count; i++) days[i] = articles[i].Date?.DayNumber ?? int.MinValue;

        var result = new IReadOnlyList<int>[articles.Count];
        Parallel.For(0, articles.Count, () => new Scratch(articles.Count), (i, _, scratch) =>
        {
            scratch.Start();
            var tags = tagsOf[i];
            for (var k = 0; k < tags.Length; k++)
            {
                var list = members[tags[k]];
                var p = positionsOf[i][k];
                var end = Math.Min(list.Count - 1, p + window);
                for (var q = Math.Max(0, p - window); q <= end; q++)
                {
                    var j = list[q];
                    if (j != i && scratch.Mark(j)) scratch.Candidates.Add(j);
                }
            }

            var best = new List<(int Index, int Shared, long Distance)>(max + 1);
            foreach (var j in scratch.Candidates)
            {
                var candidate = (j, SharedCount(tags, tagsOf[j]), Distance(days[i], days[j]));
                var at = best.Count;
                while (at > 0 && Better(candidate, best[at - 1], articles)) at--;
                if (at >= max) continue;
                best.Insert(at, candidate);
                if (best.Count > max) best.RemoveAt(max);
            }
            var chosen = new int[best.Count];
            for (var n = 0; n < best.Count; n++) chosen[n] = best[n].Index;
            result[i] = chosen;
            return scratch;
        }, _ => { });
        return result;
    }

    /// <summary>Each article's distinct tag ids (sorted), its position in each tag's list, and each tag's articles in archive order.</summary>
    private static (int[][] TagsOf, int[][] PositionsOf, List<List<int>> Members) IndexTags(IReadOnlyList<Article> articles)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var members = new List<List<int>>();
        var tagsOf = new int[articles.Count][];
        var positionsOf = new int[articles.Count][];
        for (var i = 0; i < articles.Count; i++)
        {
            var tags = new SortedSet<int>();
            foreach (var tag in articles[i].Tags)
            {
                var folded = Taxonomy.Fold(tag);
                if (folded.Length == 0) continue;
                if (!ids.TryGetValue(folded, out var id))
                {
                    ids[folded] = id = members.Count;
                    members.Add([]);
                }
                tags.Add(id);
            }
            tagsOf[i] = [.. tags];
            positionsOf[i] = new int[tagsOf[i].Length];
            for (var k = 0; k < tagsOf[i].Length; k++)
            {
                var list = members[tagsOf[i][k]];
                positionsOf[i][k] = list.Count;
                list.Add(i);
            }
        }
        return (tagsOf, positionsOf, members);
    }

    private static bool Better((int Index, int Shared, long Distance) a, (int Index, int Shared, long Distance) b, IReadOnlyList<Article> articles)
    {
        if (a.Shared != b.Shared) return a.Shared > b.Shared;
        if (a.Distance != b.Distance) return a.Distance < b.Distance;
        return string.CompareOrdinal(articles[a.Index].SourcePath, articles[b.Index].SourcePath) < 0;
    }

    private static int SharedCount(int[] a, int[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { shared++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return shared;
    }

    /// <summary>Days apart; an undated article is farther than any dated one.</summary>
    private static long Distance(int a, int b) => a == int.MinValue || b == int.MinValue ? long.MaxValue : Math.Abs((long)a - b);

    /// <summary>Per-thread candidate set, cleared in O(candidates) by bumping a stamp instead of clearing an array.</summary>
    private sealed class Scratch(int size)
    {
        private readonly int[] _stamps = new int[size];
        private int _stamp;

        public List<int> Candidates { get; } = [];

        public void Start()
        {
            Candidates.Clear();
            _stamp++;
        }

        public bool Mark(int index)
        {
            if (_stamps[index] == _stamp) return false;
            _stamps[index] = _stamp;
            return true;
        }
    }
}
