using System.Reflection;
using CsCheck;
using SiteGen.Model;

namespace SiteGen.Tests.Model;

/// <summary>An article's slug is held inside its URL when the URL ends with it; every way of setting the two reads back the same.</summary>
public class ArticleSlugTests
{
    private static readonly Article Blank = new() { SourcePath = "seeds/a.txt", Title = "Banjir" };

    private static readonly Gen<string> Segment = Gen.OneOf(Gen.Const(""), Gen.String["abc-2/"], Gen.Const("banjir-di-garut"));
    private static readonly Gen<string> Url = Gen.OneOf(
        Gen.Const(""), Gen.Const("/"), Segment.Select(s => $"/2023/07/27/{s}/"), Segment.Select(s => $"/artikel/{s}"), Gen.String["/ab-"]);

    [Fact]
    public void SlugAndUrlReadBackAsSetInEitherOrderAndMakeEqualRecords() =>
        Gen.Select(Segment, Url, Segment, Url).Sample((slug, url, firstSlug, firstUrl) =>
        {
            var before = Blank with { Slug = firstSlug, Url = firstUrl };
            var slugFirst = before with { Slug = slug, Url = url };
            var urlFirst = before with { Url = url, Slug = slug };
            Assert.Equal((slug, url), (slugFirst.Slug, slugFirst.Url));
            Assert.Equal((slug, url), (urlFirst.Slug, urlFirst.Url));
            Assert.Equal(slugFirst, urlFirst);
            Assert.Equal(slugFirst.GetHashCode(), urlFirst.GetHashCode());
            Assert.True(slugFirst.SameAs(urlFirst));
        }, iter: 5_000);

    [Fact]
    public void ChangingOneKeepsTheOther()
    {
        var placed = Blank with { Slug = "banjir-di-garut", Url = "/2023/07/27/banjir-di-garut/" };

        var moved = placed with { Url = "/arsip/lain/" };
        var renamed = placed with { Slug = "banjir-di-garut-2" };

        Assert.Equal(("banjir-di-garut", "/arsip/lain/"), (moved.Slug, moved.Url));
        Assert.Equal(("banjir-di-garut-2", "/2023/07/27/banjir-di-garut/"), (renamed.Slug, renamed.Url));
        Assert.NotEqual(placed, moved);
        Assert.NotEqual(placed, renamed);
    }

    [Fact]
    public void AUrlEndingWithTheSlugHoldsItOnce()
    {
        var slugField = typeof(Article).GetField("_slug", BindingFlags.NonPublic | BindingFlags.Instance)!;

        var inUrl = Blank with { Slug = "banjir-di-garut", Url = "/2023/07/27/banjir-di-garut/" };
        var notInUrl = Blank with { Slug = "banjir-di-garut", Url = "/2023/07/27/banjir/" };

        Assert.Null(slugField.GetValue(inUrl));
        Assert.Equal("banjir-di-garut", slugField.GetValue(notInUrl));
    }
}
