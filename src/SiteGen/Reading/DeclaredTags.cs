namespace SiteGen.Reading;

/// <summary>
/// How many tags front matter or the metadata table may give one article. Every tag is a page and a feed, so a
/// scraper that dumped a keyword list into the tags (10,000 of them) would make one article write 20,000 files and a
/// page listing them all; no person tags an article that much.
/// </summary>
public static class DeclaredTags
{
    public const int Max = 100;

    /// <summary>The first <see cref="Max"/> tags; <paramref name="warn"/> is told when there were more.</summary>
    public static List<string> Limit(List<string> tags, Action<string> warn)
    {
        if (tags.Count <= Max) return tags;
        warn($"lists {tags.Count} tags; only the first {Max} are used");
        return tags.GetRange(0, Max);
    }
}
