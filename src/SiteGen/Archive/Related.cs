using SiteGen.Articles;

namespace SiteGen.Archive;

/// <summary>
/// Related articles: those sharing the most tags, then the nearest in date, then by source path.
/// Works through an index from tag to articles, so cost follows tag sizes rather than the square of the archive.
/// </summary>
public static class Related
{
    /// <summary>For each article (by index), the indices of up to <paramref name="max"/> related articles.</summary>
    public static IReadOnlyList<int>[] For(IReadOnlyList<Article> articles, int max)
    {
        var byTag = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < articles.Count; i++)
            foreach (var tag in articles[i].Tags)
            {
                if (!byTag.TryGetValue(tag, out var list)) byTag[tag] = list = [];
                list.Add(i);
            }

        var result = new IReadOnlyList<int>[articles.Count];
        Parallel.For(0, articles.Count, () => new Dictionary<int, int>(), (i, _, shared) =>
        {
            shared.Clear();
            foreach (var tag in articles[i].Tags)
                foreach (var j in byTag[tag])
                    if (j != i) shared[j] = shared.GetValueOrDefault(j) + 1;

            var day = articles[i].Date?.DayNumber;
            result[i] = shared
                .OrderByDescending(kv => kv.Value)
                .ThenBy(kv => Distance(day, articles[kv.Key].Date?.DayNumber))
                .ThenBy(kv => articles[kv.Key].SourcePath, StringComparer.Ordinal)
                .Take(max)
                .Select(kv => kv.Key)
                .ToList();
            return shared;
        }, _ => { });
        return result;
    }

    private static int Distance(int? a, int? b) => a is { } x && b is { } y ? Math.Abs(x - y) : int.MaxValue;
}
