namespace SiteGen.Archive;

/// <summary>
/// Which page numbers a pager shows: the first, the last and a few around the current one, with gaps between.
/// Listing every number would make each page of a 2,500-page list carry 2,500 links: quadratic output.
/// </summary>
public static class PagerWindow
{
    /// <summary>A gap in the returned numbers ("…").</summary>
    public const int Gap = 0;

    /// <summary>Page numbers in order, with <see cref="Gap"/> where numbers are left out; a gap never hides a single page.</summary>
    public static IReadOnlyList<int> Numbers(int current, int total, int radius = 2)
    {
        var result = new List<int>(2 * radius + 5);
        var previous = 0;
        void Show(int n)
        {
            if (n <= previous || n > total) return;
            if (n - previous == 2) result.Add(n - 1);
            else if (n - previous > 2) result.Add(Gap);
            result.Add(n);
            previous = n;
        }

        Show(1);
        for (var n = Math.Max(2, current - radius); n <= Math.Min(total, current + radius); n++) Show(n);
        Show(total);
        return result;
    }
}
