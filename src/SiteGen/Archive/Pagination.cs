namespace SiteGen.Archive;

/// <summary>One page of a paginated list: its items and where it and its neighbours live.</summary>
public sealed record ListPage<T>(int Number, int Total, IReadOnlyList<T> Items, string Path, string? PrevPath, string? NextPath, IReadOnlyList<string> AllPaths);

/// <summary>
/// Splits a list into pages: the first page is the folder itself (<c>/tag/rusia/</c>), later ones
/// <c>/tag/rusia/halaman/2/</c>. An empty list still gets its first page, so the folder URL never 404s.
/// </summary>
public static class Pagination
{
    public static IReadOnlyList<ListPage<T>> Paginate<T>(IReadOnlyList<T> items, int pageSize, string folderPath, string pageSegment)
    {
        var total = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        var paths = new string[total];
        for (var n = 1; n <= total; n++) paths[n - 1] = PathOf(folderPath, pageSegment, n);

        var pages = new ListPage<T>[total];
        for (var n = 1; n <= total; n++)
        {
            var start = (n - 1) * pageSize;
            var count = Math.Min(pageSize, items.Count - start);
            var slice = new List<T>(Math.Max(count, 0));
            for (var i = 0; i < count; i++) slice.Add(items[start + i]);
            pages[n - 1] = new ListPage<T>(n, total, slice, paths[n - 1], n > 1 ? paths[n - 2] : null, n < total ? paths[n] : null, paths);
        }
        return pages;
    }

    public static string PathOf(string folderPath, string pageSegment, int number) =>
        number == 1 ? folderPath : $"{folderPath.TrimEnd('/')}/{pageSegment}/{number}/";
}
