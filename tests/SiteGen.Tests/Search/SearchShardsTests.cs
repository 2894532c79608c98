using SiteGen.Model;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

/// <summary>
/// How the search index is cut into shards: bounded, in date order, and stable, so that an edit re-indexes one shard
/// and an added article only the few around it.
/// </summary>
public class SearchShardsTests
{
    private static readonly Hash128 Indexer = new(1, 2);

    /// <summary>An archive of <paramref name="count"/> articles over ten years, a few undated, each with its own bytes.</summary>
    private static List<SearchPage> Archive(int count, int seed = 7)
    {
        var random = new Random(seed);
        var pages = new List<SearchPage>(count);
        for (var i = 0; i < count; i++)
        {
            DateOnly? date = i % 97 == 0 ? null : new DateOnly(2015, 1, 1).AddDays(random.Next(3650));
            pages.Add(new SearchPage($"{2015 + i % 10}/berita-{i}/index.html", date, Content(i, 0)));
        }
        return pages;
    }

    private static ContentHash Content(int page, int version) => new(new Hash128((ulong)page, (ulong)version));

    [Fact]
    public void EveryPageIsInOneShardInDateOrderWithUndatedLastAndNoShardOverTheMaximum()
    {
        var pages = Archive(5000);
        var shards = SearchShards.Plan(pages, 400, Indexer);

        var all = shards.SelectMany(s => s.Pages).ToList();
        Assert.Equal(pages.Count, all.Count);
        Assert.Equal(pages.Select(p => p.Path).Order(StringComparer.Ordinal), all.Select(p => p.Path).Order(StringComparer.Ordinal));
        var expected = pages.OrderBy(p => p.Date is null).ThenBy(p => p.Date).ThenBy(p => p.Path, StringComparer.Ordinal).Select(p => p.Path);
        Assert.Equal(expected, all.Select(p => p.Path));
        Assert.All(shards, s => Assert.InRange(s.Pages.Count, 1, 400));
        // Cut by the pages' own hashes, shards are neither all full nor tiny: about 0.6 of the maximum on average.
        Assert.InRange(pages.Count / (double)shards.Count, 0.4 * 400, 0.8 * 400);
        Assert.Equal(shards.Count, shards.Select(s => s.Name).Distinct().Count());
    }

    [Fact]
    public void TheSamePagesInAnyOrderGiveTheSameShards()
    {
        var pages = Archive(3000);
        var shuffled = pages.OrderBy(p => p.Content.Value.Low * 2654435761 % 1000003).ToList();
        var a = SearchShards.Plan(pages, 500, Indexer);
        var b = SearchShards.Plan(shuffled, 500, Indexer);
        Assert.Equal(a.Select(s => (s.Name, s.Fingerprint)), b.Select(s => (s.Name, s.Fingerprint)));
    }

    [Fact]
    public void EditingOnePageChangesTheFingerprintOfItsShardOnly()
    {
        var pages = Archive(4000);
        var before = SearchShards.Plan(pages, 500, Indexer);
        pages[1234] = pages[1234] with { Content = Content(1234, 1) };
        var after = SearchShards.Plan(pages, 500, Indexer);

        Assert.Equal(before.Select(s => s.Name), after.Select(s => s.Name));
        var changed = before.Zip(after).Where(p => p.First.Fingerprint != p.Second.Fingerprint).Select(p => p.Second).ToList();
        var shard = Assert.Single(changed);
        Assert.Contains(shard.Pages, p => p.Path == pages[1234].Path);
    }

    [Fact]
    public void AddingOrRemovingAPageChangesOnlyTheShardsAroundIt()
    {
        var pages = Archive(6000);
        var before = SearchShards.Plan(pages, 500, Indexer);
        var added = pages.Append(new SearchPage("2019/baru/index.html", new DateOnly(2019, 6, 1), Content(99999, 0))).ToList();
        var removed = pages.Where((_, i) => i != 2500).ToList();

        foreach (var changedPages in new[] { added, removed })
        {
            var after = SearchShards.Plan(changedPages, 500, Indexer);
            var kept = before.Select(s => s.Fingerprint).Intersect(after.Select(s => s.Fingerprint)).Count();
            // Out of about 20 shards, everything but the shard the page is in (and at most two after it) stays as it was.
            Assert.InRange(before.Count - kept, 1, 3);
        }
    }

    [Fact]
    public void AnotherPagefindChangesEveryFingerprintButNoName()
    {
        var pages = Archive(2000);
        var a = SearchShards.Plan(pages, 500, Indexer);
        var b = SearchShards.Plan(pages, 500, new Hash128(3, 4));
        Assert.Equal(a.Select(s => s.Name), b.Select(s => s.Name));
        Assert.All(a.Zip(b), p => Assert.NotEqual(p.First.Fingerprint, p.Second.Fingerprint));
    }

    [Theory]
    [InlineData(0, 10, 0)]
    [InlineData(1, 10, 1)]
    [InlineData(7, 1, 7)]
    public void SmallArchivesAndTheSmallestShards(int count, int max, int expectedShards)
    {
        var shards = SearchShards.Plan(Archive(count), max, Indexer);
        Assert.Equal(expectedShards, shards.Count);
        Assert.Equal(count, shards.Sum(s => s.Pages.Count));
    }

    [Fact]
    public void AShardIsNamedAfterItsFirstPagesDate()
    {
        var pages = new[]
        {
            new SearchPage("b/index.html", new DateOnly(2020, 5, 17), Content(1, 0)),
            new SearchPage("a/index.html", null, Content(2, 0)),
        };
        var shards = SearchShards.Plan(pages, 1, Indexer);
        Assert.StartsWith("2020-05-17-", shards[0].Name);
        Assert.StartsWith("undated-", shards[1].Name);
        Assert.All(shards, s => Assert.Matches("^[a-z0-9-]+$", s.Name));
    }
}
