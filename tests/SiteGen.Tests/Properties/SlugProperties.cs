using System.Text.RegularExpressions;
using CsCheck;
using SiteGen.Language;

namespace SiteGen.Tests.Properties;

/// <summary>Slugs of any text are URL segments: lowercase ASCII words, at most 80 characters, stable when slugged again.</summary>
public partial class SlugProperties
{
    private static readonly Gen<string> Titles = Gen.OneOf(Gen.String, TextGenerators.SeedLikeText,
        // Long runs of words, so the 80-character cut is exercised, and names Windows reserves.
        Gen.OneOf("Pemerintah", "Provinsi", "con", "NUL", "Ⅻ", "ﬁnal", "Jum'at", "Ærø", "-", " ", "İstanbul", "ß").Array[0, 40].Select(w => string.Join(' ', w)));

    [Fact]
    public void ASlugIsEmptyOrHyphenatedLowercaseAsciiWordsOfAtMostEightyCharacters() =>
        Titles.Sample(text =>
        {
            var slug = Slugs.From(text);
            Assert.True(slug.Length == 0 || CleanSlug().IsMatch(slug), $"'{slug}'");
            Assert.True(slug.Length <= Slugs.MaxLength, $"{slug.Length} characters");
        }, iter: 5_000);

    [Fact]
    public void SluggingASlugAgainChangesNothing() =>
        Titles.Sample(text =>
        {
            var slug = Slugs.From(text);
            if (slug.Length > 0) Assert.Equal(slug, Slugs.From(slug));
        }, iter: 5_000);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CleanSlug();
}
