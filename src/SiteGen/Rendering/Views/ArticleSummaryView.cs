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
    LinkView? Section = null)
{
    /// <summary>
    /// Whether <paramref name="other"/> shows exactly what this view shows: every field equal, the tags link for link
    /// (a record compares its lists by reference).
    /// </summary>
    public bool SameAs(ArticleSummaryView other) => this with { Tags = other.Tags } == other && Tags.SequenceEqual(other.Tags);
}
