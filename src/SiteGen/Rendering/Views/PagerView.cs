namespace SiteGen.Rendering.Views;

/// <summary>Numbered pager of a paginated list; <see cref="Pages"/> marks the current page.</summary>
public sealed record PagerView(int Current, int Total, string? PrevUrl, string? NextUrl, IReadOnlyList<LinkView> Pages);
