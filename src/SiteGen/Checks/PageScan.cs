namespace SiteGen.Checks;

/// <summary>
/// What one walk over a parsed page learned: enough to check its structure on the spot and its links once every
/// page is known, so the DOM can be dropped right after the walk.
/// </summary>
internal sealed record PageScan(
    string Path,
    string? BaseHref,
    IReadOnlyList<PageLink> Links,
    IReadOnlySet<string> FragmentTargets,
    IReadOnlyList<DuplicateId> DuplicateIds,
    int H1Count,
    string? Title,
    bool IsRedirect,
    IReadOnlyList<PageLink> ImagesWithoutAlt);

/// <summary>An id carried by more than one element, with those elements' tag names in document order.</summary>
internal sealed record DuplicateId(string Id, IReadOnlyList<string> Elements);
