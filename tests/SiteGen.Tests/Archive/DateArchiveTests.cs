using SiteGen.Archive;
using SiteGen.Model;
using static SiteGen.Tests.Support.Articles;

namespace SiteGen.Tests.Archive;

public sealed class DateArchiveTests
{
    [Fact]
    public void Groups_an_archive_by_year_and_month_newest_first_and_keeps_undated_apart()
    {
        var archive = DateArchive.Build([
            Make("a.txt", "2023-07-30"), Make("b.txt", "2023-07-01"), Make("c.txt", "2023-02-10"),
            Make("d.txt", "2021-12-31"), Make("e.txt"), Make("f.txt"),
        ]);
        Assert.Equal([2023, 2021], archive.Years.Select(y => y.Year));
        Assert.Equal([(2023, 7), (2023, 2)], archive.Years[0].Months.Select(m => (m.Year, m.Month)));
        Assert.Equal([0, 1], archive.Years[0].Months[0].Articles);
        Assert.Equal(3, archive.Years[0].Count);
        Assert.Equal([3], archive.Years[1].Months.Single().Articles);
        Assert.Equal([4, 5], archive.Undated);
    }

    [Fact]
    public void Refuses_an_archive_that_is_not_newest_first_rather_than_split_a_month()
    {
        var e = Assert.Throws<InvalidOperationException>(() => DateArchive.Build([Make("a.txt", "2023-07-01"), Make("b.txt", "2023-08-01")]));
        Assert.Contains("seeds/b.txt", e.Message);
    }

    [Fact]
    public void Paths_come_from_the_segments_of_site_yml()
    {
        var segments = new SegmentSettings { Archive = "archief", Undated = "zonder-datum" };
        Assert.Equal("/archief/", DateArchive.IndexPath(segments));
        Assert.Equal("/archief/0999/", DateArchive.YearPath(segments, 999));
        Assert.Equal("/archief/2023/07/", DateArchive.MonthPath(segments, 2023, 7));
        Assert.Equal("/archief/zonder-datum/", DateArchive.UndatedPath(segments));
    }
}
