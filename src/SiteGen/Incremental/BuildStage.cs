namespace SiteGen.Incremental;

/// <summary>The parts of a build long enough to be worth showing.</summary>
public enum BuildStage
{
    /// <summary>Pages, feeds and assets are being written into the staging folder.</summary>
    Writing,
    /// <summary>Every file is written and Pagefind is indexing them for search.</summary>
    IndexingSearch,
    /// <summary>The staged site is complete and its links are being checked; it is swapped in after this.</summary>
    Checking,
}
