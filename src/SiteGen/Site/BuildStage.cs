namespace SiteGen.Site;

/// <summary>The parts of a build long enough to be worth showing.</summary>
public enum BuildStage
{
    /// <summary>Pages, feeds and assets are being written into the staging folder.</summary>
    Writing,
    /// <summary>Every file is written and Pagefind is indexing them for search.</summary>
    IndexingSearch,
}
