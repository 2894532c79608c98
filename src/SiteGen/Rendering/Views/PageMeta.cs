namespace SiteGen.Rendering.Views;

/// <summary>The head of every page: title, description, canonical and pagination links, social and structured data.</summary>
public sealed record PageMeta
{
    /// <summary>article, home, page, term, terms, archive, notfound…: lets the shared layout vary by page kind.</summary>
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    /// <summary>Absolute canonical URL; empty for pages that have none (404).</summary>
    public string Canonical { get; init; } = "";
    public string? PrevUrl { get; init; }
    public string? NextUrl { get; init; }
    public string? FeedUrl { get; init; }
    public string OgType { get; init; } = "website";
    /// <summary>JSON-LD, already serialised with &lt; &gt; &amp; escaped, safe to print inside a script element.</summary>
    public string JsonLd { get; init; } = "";
    public string? PublishedIso { get; init; }
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];
}
