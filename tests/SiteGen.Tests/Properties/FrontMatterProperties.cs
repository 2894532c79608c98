using CsCheck;
using SiteGen.Engine;
using SiteGen.Reading;

namespace SiteGen.Tests.Properties;

/// <summary>The front matter reader never throws and never recurses, whatever YAML it is handed.</summary>
public class FrontMatterProperties
{
    [Fact]
    public void NeverThrowsOnArbitraryText() =>
        Gen.OneOf(TextGenerators.ArticleWithFrontMatter, TextGenerators.SeedLikeText.Select(t => "---\n" + t), TextGenerators.SeedLikeText, Gen.String)
            .Sample(text =>
            {
                var diagnostics = new List<Diagnostic>();
                var result = FrontMatter.Read("seeds/fm.txt", text, diagnostics);
                Assert.All(diagnostics, d => Assert.Equal("seeds/fm.txt", d.File));
                Assert.NotNull(result.Body);
            }, iter: 4_000);

    /// <summary>
    /// Nesting thousands deep: a reader that recursed per level would overflow the stack, which no catch survives
    /// and which would take the whole test run down, so passing at all is the assertion.
    /// </summary>
    [Fact]
    public void NeverOverflowsOnDeepNesting() =>
        TextGenerators.NestedFrontMatter.Sample(text =>
        {
            var diagnostics = new List<Diagnostic>();
            var result = FrontMatter.Read("seeds/fm.txt", text, diagnostics);
            Assert.Equal("Judul\nIsi.\n", result.Body);
        }, iter: 200);
}
