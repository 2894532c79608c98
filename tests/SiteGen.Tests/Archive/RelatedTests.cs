using SiteGen.Archive;
using SiteGen.Model;
using static SiteGen.Tests.Support.Articles;

namespace SiteGen.Tests.Archive;

public sealed class RelatedTests
{
    [Fact]
    public void Matches_the_definition_most_shared_tags_then_nearest_date_then_path()
    {
        var random = new Random(5);
        string[] names = ["Rusia", "rusia", "Ukraina", "Bola", "Banjir", "Gempa", "Pemilu", "KPK", "Jakarta", "Bali", "Papua"];
        var articles = Enumerable.Range(0, 90)
            .Select(i => Make($"{i:D3}.txt",
                random.Next(10) == 0 ? null : new DateOnly(2020, 1, 1).AddDays(random.Next(400)).ToString("yyyy-MM-dd"),
                Enumerable.Range(0, 1 + random.Next(3)).Select(_ => names[random.Next(names.Length)]).ToArray()))
            .ToList();
        articles.Sort(ArchiveOrder.NewestFirst);

        var related = Related.For(articles, max: 5);
        for (var i = 0; i < articles.Count; i++)
            Assert.Equal(BruteForce(articles, i, 5), related[i]);
    }

    [Fact]
    public void A_tag_named_twice_or_in_another_spelling_counts_once()
    {
        List<Article> articles = [
            Make("a.txt", "2023-01-10", ["Rusia", "RUSIA", "Bola"]),
            Make("b.txt", "2023-01-09", ["rusia"]),
            Make("c.txt", "2023-01-01", ["Bola", "Rusia"]),
        ];
        Assert.Equal([2, 1], Related.For(articles, max: 5)[0]);
    }

    [Fact]
    public void Where_every_shared_tag_is_big_only_the_nearest_articles_in_date_are_candidates()
    {
        var day = new DateOnly(2023, 3, 1);
        var articles = new List<Article>
        {
            Make("a-first.txt", day.ToString("yyyy-MM-dd"), ["Jakarta", "Polri"]),
            Make("z-far.txt", day.AddDays(-100).ToString("yyyy-MM-dd"), ["Jakarta", "Polri"]),
        };
        for (var k = 1; k <= 48; k++) articles.Add(Make($"j{k:D2}.txt", day.AddDays(-k).ToString("yyyy-MM-dd"), ["Jakarta"]));
        for (var m = 1; m <= 4; m++) articles.Add(Make($"p{m}.txt", day.AddDays(-10 * m).ToString("yyyy-MM-dd"), ["Polri"]));
        articles.Sort(ArchiveOrder.NewestFirst);
        string[] Names(IReadOnlyList<int> indices) => indices.Select(i => Path.GetFileName(articles[i].SourcePath)).ToArray();

        // "z-far" shares both tags, but lies beyond three places in both tags' lists.
        Assert.Equal(["j01.txt", "j02.txt", "j03.txt"], Names(Related.For(articles, max: 3, window: 3)[0]));
        Assert.Equal(["z-far.txt", "j01.txt", "j02.txt"], Names(Related.For(articles, max: 3)[0]));
    }

    private static IReadOnlyList<int> BruteForce(IReadOnlyList<Article> articles, int i, int max)
    {
        static HashSet<string> Tags(Article a) => a.Tags.Select(Taxonomy.Fold).ToHashSet();
        var mine = Tags(articles[i]);
        return Enumerable.Range(0, articles.Count)
            .Where(j => j != i)
            .Select(j => (j, Shared: Tags(articles[j]).Intersect(mine).Count(), Distance: articles[i].Date is { } a && articles[j].Date is { } b ? Math.Abs(a.DayNumber - b.DayNumber) : long.MaxValue))
            .Where(x => x.Shared > 0)
            .OrderByDescending(x => x.Shared).ThenBy(x => x.Distance).ThenBy(x => articles[x.j].SourcePath, StringComparer.Ordinal)
            .Take(max).Select(x => x.j).ToList();
    }
}
