using CsCheck;
using SiteGen.Checks;

namespace SiteGen.Tests.Checks;

public class LinkIdsTests
{
    // Small gaps as between a page's navigation links, and ids far apart up to the largest an int holds.
    private static readonly Gen<int[]> AscendingIds =
        Gen.OneOf(Gen.Int[0, 300], Gen.Int[0, int.MaxValue]).Array[0, 200].Select(ids => ids.Distinct().Order().ToArray());

    [Fact]
    public void AnyAscendingIdsComeBackAsTheyWereGiven() =>
        AscendingIds.Sample(ids =>
        {
            var links = LinkIds.FromSorted(ids);
            Assert.Equal(ids.Length, links.Count);
            Assert.Equal(ids, links.ToArray());
            Assert.Equal(ids, links.Select(id => id));
        }, iter: 2_000);

    [Fact]
    public void IdsOutOfOrderOrRepeatedAreRefused()
    {
        Assert.Throws<ArgumentException>(() => LinkIds.FromSorted([3, 1]));
        Assert.Throws<ArgumentException>(() => LinkIds.FromSorted([1, 1]));
        Assert.Throws<ArgumentException>(() => LinkIds.FromSorted([-1]));
    }

    [Fact]
    public void EqualIdsAreEqualButOnlyTheSameRecordIsTheSame()
    {
        LinkIds a = [1, 5, 70_000];
        LinkIds b = [1, 5, 70_000];

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, [1, 5]);
        Assert.True(a.SameAs(a));
        Assert.False(a.SameAs(b));
    }

    [Fact]
    public void APageOfTypicalLinksTakesFewerBytesThanItsIdsAsInts()
    {
        // Navigation near the start of the table, tags in the middle, related articles spread over 250,000.
        int[] ids = [.. Enumerable.Range(0, 40), .. Enumerable.Range(0, 20).Select(i => 5_000 + 37 * i), .. Enumerable.Range(1, 10).Select(i => 24_000 * i)];

        Assert.True(LinkIds.FromSorted(ids).EncodedLength < ids.Length * sizeof(int) / 2);
    }
}
