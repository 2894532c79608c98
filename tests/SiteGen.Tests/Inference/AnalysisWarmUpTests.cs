using SiteGen.Inference;
using SiteGen.Model;

namespace SiteGen.Tests.Inference;

/// <summary>
/// The warm-up builds the analysis's tables by analysing a made-up article (<see cref="AnalysisWarmUp"/>): it only does
/// its job if that article goes through every part of the analysis a real one does.
/// </summary>
public sealed class AnalysisWarmUpTests
{
    [Fact]
    public void TheMadeUpArticleGoesThroughEveryPartOfTheAnalysis()
    {
        var analysed = AnalysisWarmUp.Run();

        Assert.Empty(analysed.Diagnostics);
        var article = Assert.IsType<Article>(analysed.Article);
        Assert.Equal("JAKARTA", article.City);
        Assert.Equal("Nama Editor", article.Editor);
        Assert.True(article.Repairs.HasFlag(TextRepairs.Teaser), "the teaser line is repaired away");
        Assert.Contains(analysed.Evidence.Date!.Clues, c => c.Mention is { Day: 24, Month: 7, Year: 2023 });
        var tags = analysed.Evidence.Tags!;
        Assert.Contains(tags.Abbreviations, a => a.Spelling == "KPK");
        Assert.Contains(tags.Candidates, c => c.Display == "Ali Fikri" && c.Count == 2);
        Assert.NotEqual(0, analysed.Evidence.Words.Count);
    }
}
