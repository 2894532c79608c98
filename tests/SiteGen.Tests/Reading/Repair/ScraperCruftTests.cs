using SiteGen.Reading.Repair;
using SiteGen.Model;

namespace SiteGen.Tests.Reading.Repair;

public class ScraperCruftTests
{
    [Fact]
    public void CleansTeasersTheLeadsStartAndCommasAndSaysWhichItDid()
    {
        List<string> paragraphs = ["–,gagal meraih tiga poin saat menjamu Slavia Praha.", "Baca juga:", "Pelatih,, Brendan Rodgers, menatap laga."];
        var done = ScraperCruft.Clean(paragraphs, TextRepairs.All);
        Assert.Equal(["gagal meraih tiga poin saat menjamu Slavia Praha.", "Pelatih, Brendan Rodgers, menatap laga."], paragraphs);
        Assert.Equal(TextRepairs.Teaser | TextRepairs.Dateline | TextRepairs.Debris, done);
    }

    [Fact]
    public void DoesOnlyTheRepairsItIsAllowed()
    {
        List<string> paragraphs = ["– Menteri tiba.", "Baca juga:", "Pelatih,, Brendan Rodgers, menatap laga."];
        Assert.Equal(TextRepairs.Teaser, ScraperCruft.Clean(paragraphs, TextRepairs.Teaser));
        Assert.Equal(["– Menteri tiba.", "Pelatih,, Brendan Rodgers, menatap laga."], paragraphs);
        Assert.Equal(TextRepairs.None, ScraperCruft.Clean(paragraphs, TextRepairs.None));
    }

    [Fact]
    public void LeavesTheSeedArticleAsItIs()
    {
        var lines = File.ReadAllLines(Support.RepoPaths.SeedArticle);
        var paragraphs = lines[1..^1].ToList();
        paragraphs[0] = paragraphs[0]["MOSKOW, iNews.id - ".Length..];
        var before = paragraphs.ToList();
        Assert.Equal(TextRepairs.None, ScraperCruft.Clean(paragraphs, TextRepairs.All));
        Assert.Equal(before, paragraphs);
        Assert.Equal(lines[0], ScraperCruft.TidyCommas(lines[0]));
    }

    [Fact]
    public void ATitleLosesTheCommasOfItsDroppedLinks() =>
        Assert.Equal("12 Tato, yang Keren Abis, Bisa Jadi Inspirasi", ScraperCruft.TidyCommas("12 Tato , yang Keren Abis, Bisa Jadi Inspirasi ,"));

    /// <summary>The quick look for debris sees commas whose debris is past more than one space, too.</summary>
    [Theory]
    [InlineData("Pelatih,  , Brendan Rodgers menyebut", "Pelatih, Brendan Rodgers menyebut")]
    [InlineData("megabintang Juventus,\t. Dibilang", "megabintang Juventus. Dibilang")]
    [InlineData("megabintang Juventus, . Dibilang", "megabintang Juventus. Dibilang")]
    [InlineData("Warga mengungsi,  ", "Warga mengungsi")]
    [InlineData("Harga naik 3, 5 persen, kata dia", "Harga naik 3, 5 persen, kata dia")]
    public void CommasFollowedBySpacesAreTidiedWhereDebrisFollows(string line, string tidy) =>
        Assert.Equal(tidy, ScraperCruft.TidyCommas(line));
}
