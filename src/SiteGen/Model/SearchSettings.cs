namespace SiteGen.Model;

public sealed record SearchSettings
{
    /// <summary>
    /// At most 2,000 articles a part of the index: a Pagefind run holds about 0.3 MB per 700-word article, so a part
    /// stays near 600 MB, under the 1 GB a build process may take on a free CI runner.
    /// </summary>
    public const int DefaultShardSize = 2000;

    public bool Enabled { get; init; } = true;
    /// <summary>Heading of the search page.</summary>
    public string Title { get; init; } = "Cari berita";
    /// <summary>
    /// At most this many articles in one part of the index (one Pagefind run, whose memory grows with the text it
    /// holds; the parts are merged in the browser). See <c>SiteGen.Search.SearchShards</c>.
    /// </summary>
    public int ShardSize { get; init; } = DefaultShardSize;
}
