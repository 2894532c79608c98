using SiteGen.Inference;

namespace SiteGen.Tests.Inference;

public class TagAliasesTests
{
    [Theory]
    [InlineData("Korut", new[] { "Korea", "Utara" }, 2)]
    [InlineData("Kemhan", new[] { "Kementerian", "Pertahanan" }, 2)]
    [InlineData("Menhan", new[] { "Menteri", "Pertahanan" }, 2)]
    [InlineData("KPK", new[] { "Komisi", "Pemberantasan", "Korupsi" }, 3)]
    [InlineData("BPS", new[] { "Kepala", "Badan", "Pusat", "Statistik" }, 3)]
    [InlineData("Foto", new[] { "Korea", "Utara" }, 0)]
    [InlineData("50", new[] { "Goliat", "Dowansiba" }, 0)]
    [InlineData("KU", new[] { "Korea", "Selatan", "Utara" }, 0)] // a word of the name skipped
    [InlineData("Koreautaraa", new[] { "Korea", "Utara" }, 0)]  // longer than the name
    public void Knows_an_abbreviation_of_the_name_before_it(string abbreviation, string[] words, int expected) =>
        Assert.Equal(expected, TagAliases.WordsAbbreviated(abbreviation, words));
}
