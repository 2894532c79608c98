namespace SiteGen.Rendering.Views;

/// <summary>One section's block on the home page: its name linked to its rubrik page, and its newest articles.</summary>
/// <param name="Id">A fragment id unique on the page (<c>rubrik-ekonomi</c>), for the block's heading.</param>
public sealed record SectionBlockView(string Id, LinkView Section, IReadOnlyList<ArticleSummaryView> Items);
