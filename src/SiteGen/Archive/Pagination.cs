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
        var total = PageCount(items.Count, pageSize);
        var pages = new ListPage<T>[total];
        var paths = new PagePaths(folderPath, pageSegment, total);
        for (var n = 1; n <= total; n++) pages[n - 1] = Page(items, pageSize, paths, n);
        return pages;
    }

    /// <summary>How many pages <paramref name="items"/> items take: at least one, so the folder URL never 404s.</summary>
    public static int PageCount(int items, int pageSize) => Math.Max(1, (items + pageSize - 1) / pageSize);

    /// <summary>
    /// Page <paramref name="number"/> alone, made without the others: a list made page by page when written holds no
    /// page of a long list (the home page of 100,000 articles is 10,000 pages) until it is written.
    /// </summary>
    public static ListPage<T> Page<T>(IReadOnlyList<T> items, int pageSize, string folderPath, string pageSegment, int number) =>
        Page(items, pageSize, new PagePaths(folderPath, pageSegment, PageCount(items.Count, pageSize)), number);

    private static ListPage<T> Page<T>(IReadOnlyList<T> items, int pageSize, PagePaths paths, int number)
    {
        var total = paths.Count;
        if (number < 1 || number > total) throw new ArgumentOutOfRangeException(nameof(number));
        var start = (number - 1) * pageSize;
        var slice = new T[Math.Clamp(items.Count - start, 0, pageSize)];
        for (var i = 0; i < slice.Length; i++) slice[i] = items[start + i];
        return new ListPage<T>(number, total, slice, paths[number - 1], number > 1 ? paths[number - 2] : null, number < total ? paths[number] : null, paths);
    }

    public static string PathOf(string folderPath, string pageSegment, int number) =>
        number == 1 ? folderPath : $"{folderPath.TrimEnd('/')}/{pageSegment}/{number}/";

    /// <summary>The paths of a list's pages, each made when read: a pager shows a handful of the thousands a long list has.</summary>
    private sealed class PagePaths(string folderPath, string pageSegment, int count) : IReadOnlyList<string>
    {
        public int Count => count;

        public string this[int index] =>
            (uint)index < (uint)count ? PathOf(folderPath, pageSegment, index + 1) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<string> GetEnumerator()
        {
            for (var i = 0; i < count; i++) yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
