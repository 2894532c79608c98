namespace SiteGen.Rendering.Views;

/// <summary>Everything the article template can print. All text is HTML-escaped; links are root-relative.</summary>
public sealed record ArticleView
{
    public required string Title { get; init; }
    public required string Url { get; init; }
    public required string Lead { get; init; }
    public required IReadOnlyList<string> Paragraphs { get; init; }
    public string DateIso { get; init; } = "";
    public string DateDisplay { get; init; } = "";
    public string Source { get; init; } = "";
    public int WordCount { get; init; }
    public int ReadingMinutes { get; init; }
    public LinkView? City { get; init; }
    public LinkView? Editor { get; init; }
    public LinkView? Section { get; init; }
    public IReadOnlyList<LinkView> Tags { get; init; } = [];
    public ArticleSummaryView? Previous { get; init; }
    public ArticleSummaryView? Next { get; init; }
    public IReadOnlyList<ArticleSummaryView> Related { get; init; } = [];
}
