namespace SiteGen.Rendering.Views;

/// <summary>What a list page shows of an article. Built once per article and shared by every list it appears in.</summary>
public sealed record ArticleSummaryView(
    string Title,
    string Url,
    string Lead,
    string DateIso,
    string DateDisplay,
    string City,
    IReadOnlyList<LinkView> Tags,
    LinkView? Section = null);
