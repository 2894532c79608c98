using System.Text;
using CsCheck;
using SiteGen.Model;
using SiteGen.Reading;

namespace SiteGen.Tests.Properties;

/// <summary>The seed parser on generated input: it never throws, it is a function of its input, and it reads back what it wrote.</summary>
public class SeedArticleParserProperties
{
    private const string FileName = "seeds/sifat.txt";

    private static readonly Gen<string> Texts = Gen.OneOf(TextGenerators.SeedLikeText, TextGenerators.ArticleWithFrontMatter);

    [Fact]
    public void NeverThrowsOnArbitraryBytes() =>
        Gen.OneOf(
                Gen.Byte.Array[0, 600],
                Texts.Select(Encoding.UTF8.GetBytes),
                // Valid text with a few bytes broken: the UTF-8 fallback and the binary sniffing meet real text.
                Gen.Select(Texts, Gen.Byte.Array[1, 4]).Select((text, noise) => Encoding.UTF8.GetBytes(text).Concat(noise).ToArray()))
            .Sample(bytes => { SeedArticleParser.Parse(FileName, bytes); }, iter: 3_000);

    [Fact]
    public void NeverThrowsOnArbitraryText() =>
        Gen.OneOf(Gen.String, Texts)
            .Sample(text => { SeedArticleParser.ParseText(FileName, text, []); }, iter: 3_000);

    [Fact]
    public void ParsingTheSameTextTwiceGivesEqualResults() =>
        Texts.Sample(text =>
        {
            var first = SeedArticleParser.Parse(FileName, Encoding.UTF8.GetBytes(text));
            var second = SeedArticleParser.Parse(FileName, Encoding.UTF8.GetBytes(text));
            Assert.Equal(first.Diagnostics, second.Diagnostics);
            Assert.Equal(Describe(first.Article), Describe(second.Article));
        }, iter: 2_000);

    [Fact]
    public void AParsedArticleWrittenBackInTheSeedFormatReadsTheSame() =>
        Texts.Sample(text =>
        {
            if (SeedArticleParser.ParseText(FileName, text, []) is not { } article) return;
            var written = SeedFormat.Write(article);
            var again = SeedArticleParser.ParseText(FileName, written, []);
            Assert.NotNull(again);
            Assert.Equal(article.Title, again.Title);
            Assert.Equal(article.Paragraphs, again.Paragraphs);
            Assert.Equal(article.Editor, again.Editor);
        }, iter: 3_000, print: text => $"{text}\n--- written back as ---\n{(SeedArticleParser.ParseText(FileName, text, []) is { } a ? SeedFormat.Write(a) : "(no article)")}");

    /// <summary>Every field of an article as text, lists included (records compare lists by reference).</summary>
    private static string Describe(Article? a) => a is null ? "(none)" : string.Join("\u241E",
        a.Title, a.Lead, string.Join("\u241F", a.Paragraphs), a.City, a.Source, a.Editor, a.WordCount, a.ReadingMinutes, a.Draft,
        a.SlugOverride, a.FrontMatter with { Tags = null }, string.Join("\u241F", a.FrontMatter.Tags ?? ["(null)"]));
}
