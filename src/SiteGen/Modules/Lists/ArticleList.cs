using SiteGen.Rendering.Views;

namespace SiteGen.Modules.Lists;

/// <summary>What a paginated list of articles is: where it lives, what it is called, what it lists.</summary>
/// <param name="Title">Already HTML-escaped, like every text of a page model.</param>
/// <param name="FeedPath">The Atom feed of the same articles, advertised on every page of the list.</param>
/// <param name="LastModified">The newest article date of the list, for the sitemap; null when none is dated.</param>
/// <param name="Period">A month's neighbouring months (the template's <c>period</c>); null for other lists.</param>
/// <param name="SectionBlocks">The home page's per-section blocks, shown on its first page only (the template's
/// <c>home_sections</c>, null on every other page); null for other lists.</param>
public sealed record ArticleList(
    string Source,
    string Kind,
    string FolderPath,
    string Title,
    string Description,
    IReadOnlyList<ArticleSummaryView> Items,
    int PageSize,
    IReadOnlyList<LinkView> Breadcrumbs,
    string? FeedPath = null,
    string Layout = "layouts/list.sbn",
    DateOnly? LastModified = null,
    PeriodNavView? Period = null,
    IReadOnlyList<SectionBlockView>? SectionBlocks = null);
