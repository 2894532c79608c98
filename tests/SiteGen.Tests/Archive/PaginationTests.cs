using SiteGen.Archive;

namespace SiteGen.Tests.Archive;

public sealed class PaginationTests
{
    [Theory]
    [InlineData(0, new int[] { 0 })]
    [InlineData(1, new[] { 1 })]
    [InlineData(20, new[] { 20 })]
    [InlineData(21, new[] { 20, 1 })]
    [InlineData(60, new[] { 20, 20, 20 })]
    public void Pages_are_full_but_the_last_and_an_empty_list_still_has_its_folder(int count, int[] sizes)
    {
        var pages = Pagination.Paginate(Enumerable.Range(0, count).ToList(), 20, "/tag/rusia/", "halaman");
        Assert.Equal(sizes, pages.Select(p => p.Items.Count));
        Assert.Equal(Enumerable.Range(0, count), pages.SelectMany(p => p.Items));
    }

    [Fact]
    public void The_first_page_is_the_folder_and_later_pages_are_numbered_from_two()
    {
        var pages = Pagination.Paginate(Enumerable.Range(0, 45).ToList(), 20, "/tag/rusia/", "halaman");
        Assert.Equal(["/tag/rusia/", "/tag/rusia/halaman/2/", "/tag/rusia/halaman/3/"], pages.Select(p => p.Path));
        Assert.Null(pages[0].PrevPath);
        Assert.Equal("/tag/rusia/", pages[1].PrevPath);
        Assert.Equal("/tag/rusia/halaman/3/", pages[1].NextPath);
        Assert.Null(pages[2].NextPath);
        Assert.Equal("/halaman/2/", Pagination.PathOf("/", "halaman", 2));
    }

    [Fact]
    public void A_page_made_alone_is_the_page_the_whole_pagination_makes()
    {
        var items = Enumerable.Range(0, 45).ToList();
        var all = Pagination.Paginate(items, 20, "/tag/rusia/", "halaman");

        Assert.Equal(3, Pagination.PageCount(items.Count, 20));
        Assert.Equal(1, Pagination.PageCount(0, 20));
        for (var n = 1; n <= 3; n++)
        {
            var page = Pagination.Page(items, 20, "/tag/rusia/", "halaman", n);
            Assert.Equal((all[n - 1].Number, all[n - 1].Total, all[n - 1].Path, all[n - 1].PrevPath, all[n - 1].NextPath),
                (page.Number, page.Total, page.Path, page.PrevPath, page.NextPath));
            Assert.Equal(all[n - 1].Items, page.Items);
            Assert.Equal(all[n - 1].AllPaths, page.AllPaths);
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => Pagination.Page(items, 20, "/tag/rusia/", "halaman", 4));
    }
}

public sealed class PagerWindowTests
{
    [Theory]
    [InlineData(1, 1, new[] { 1 })]
    [InlineData(1, 5, new[] { 1, 2, 3, 4, 5 })]
    [InlineData(1, 7, new[] { 1, 2, 3, 0, 7 })]
    [InlineData(5, 10, new[] { 1, 2, 3, 4, 5, 6, 7, 0, 10 })]
    [InlineData(10, 10, new[] { 1, 0, 8, 9, 10 })]
    [InlineData(1250, 2500, new[] { 1, 0, 1248, 1249, 1250, 1251, 1252, 0, 2500 })]
    public void Shows_the_ends_and_the_neighbourhood_of_the_current_page_and_never_hides_a_single_number(int current, int total, int[] expected) =>
        Assert.Equal(expected, PagerWindow.Numbers(current, total));
}
