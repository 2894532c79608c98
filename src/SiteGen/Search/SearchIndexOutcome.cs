namespace SiteGen.Search;

public enum SearchIndexStatus
{
    /// <summary><c>search.enabled</c> is false in site.yml: no search page, no index.</summary>
    Disabled,
    /// <summary>Pagefind is not installed here; the site is complete but its search page finds nothing.</summary>
    Skipped,
    Indexed,
    /// <summary>Pagefind ran and failed or timed out: one warning, and no half-written index is published.</summary>
    Failed,
}

/// <summary>What became of the search index in one build, with the sentence the CLI prints about it.</summary>
public sealed record SearchIndexOutcome(SearchIndexStatus Status, string Message, int PagesIndexed = 0)
{
    /// <summary>How many Pagefind bundles the index is made of, and how many of them this build indexed again.</summary>
    public int Shards { get; init; }
    public int ShardsIndexed { get; init; }

    public static SearchIndexOutcome Disabled { get; } = new(SearchIndexStatus.Disabled, "search is disabled (search.enabled: false in input/site.yml)");
}
