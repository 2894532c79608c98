using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Archive;

/// <summary>One month of the archive; <see cref="Articles"/> are indices into the archive, newest first.</summary>
public sealed record ArchiveMonth(int Year, int Month, IReadOnlyList<int> Articles);

/// <summary>One year of the archive, with its months newest first.</summary>
public sealed record ArchiveYear(int Year, IReadOnlyList<ArchiveMonth> Months)
{
    public int Count => Months.Sum(m => m.Articles.Count);
}

/// <summary>
/// The archive grouped by year and month, newest first, plus the articles without a date.
/// Pure and linear: one pass over an archive that is already newest first.
/// </summary>
public sealed record DateArchive(IReadOnlyList<ArchiveYear> Years, IReadOnlyList<int> Undated)
{
    /// <param name="articles">The archive in <see cref="ArchiveOrder.NewestFirst"/> order.</param>
    public static DateArchive Build(IReadOnlyList<Article> articles)
    {
        var years = new List<ArchiveYear>();
        var undated = new List<int>();
        List<ArchiveMonth>? months = null;
        List<int>? current = null;
        for (var i = 0; i < articles.Count; i++)
        {
            if (articles[i].Date is not { } date)
            {
                undated.Add(i);
                continue;
            }
            if (years.Count == 0 || years[^1].Year != date.Year)
            {
                if (years.Count > 0 && date.Year > years[^1].Year) throw NotNewestFirst(articles[i]);
                months = [];
                years.Add(new ArchiveYear(date.Year, months));
            }
            if (months!.Count == 0 || months[^1].Month != date.Month)
            {
                if (months.Count > 0 && date.Month > months[^1].Month) throw NotNewestFirst(articles[i]);
                current = [];
                months.Add(new ArchiveMonth(date.Year, date.Month, current));
            }
            current!.Add(i);
        }
        return new DateArchive(years, undated);
    }

    public static string IndexPath(SegmentSettings segments) => $"/{segments.Archive}/";

    public static string YearPath(SegmentSettings segments, int year) =>
        $"/{segments.Archive}/{year.ToString("D4", CultureInfo.InvariantCulture)}/";

    public static string MonthPath(SegmentSettings segments, int year, int month) =>
        $"{YearPath(segments, year)}{month.ToString("D2", CultureInfo.InvariantCulture)}/";

    public static string UndatedPath(SegmentSettings segments) => $"/{segments.Archive}/{segments.Undated}/";

    // Grouping in one pass relies on the order; a caller that broke it would get a month split in two silently.
    private static InvalidOperationException NotNewestFirst(Article a) =>
        new($"the archive is not newest first at {a.SourcePath}; sort it with ArchiveOrder.NewestFirst");
}
