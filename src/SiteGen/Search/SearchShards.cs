using System.Globalization;
using System.IO.Hashing;
using System.Text;
using SiteGen.Model;

namespace SiteGen.Search;

/// <summary>A page the search index covers: its output path, its date (null for undated pages) and the hash of its bytes.</summary>
public readonly record struct SearchPage(string Path, DateOnly? Date, ContentHash Content);

/// <summary>
/// One part of the search index: the pages one Pagefind run indexes into one bundle. <see cref="Fingerprint"/> stands
/// for everything the bundle is made from (the pages' paths and bytes, and the Pagefind that indexes them), so a shard
/// whose fingerprint is unchanged keeps the bundle it has.
/// </summary>
public sealed record SearchShard(string Name, IReadOnlyList<SearchPage> Pages, Hash128 Fingerprint);

/// <summary>
/// Splits the pages the search index covers into shards of at most <c>maxPages</c>, each indexed by a Pagefind run of
/// its own (whose memory grows with the text it holds: about 0.3 MB per 700-word article) and merged in the browser.
/// </summary>
/// <remarks>
/// <para>Pages are ordered by date (undated last), then path, and cut where a page's path hash says so
/// (content-defined chunking, as backup tools do): a cut falls after a page whose hash is 0 modulo half the maximum,
/// once the shard has a quarter of the maximum, or when it is full. Where the cuts fall depends only on the pages
/// around them, so an edit changes one shard's fingerprint, and an article added, removed or redated changes the
/// shard it lands in (and at most the next few, until the cuts fall where they fell before), never the whole index
/// as fixed-size slices of the archive would. Shards hold about 0.6 of the maximum on average.</para>
/// <para>A shard is named after its first page (its date and a hash of its path), so names stay put while other
/// shards change.</para>
/// </remarks>
public static class SearchShards
{
    public static IReadOnlyList<SearchShard> Plan(IEnumerable<SearchPage> pages, int maxPages, Hash128 indexer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPages, 1);
        var ordered = pages.ToArray();
        Array.Sort(ordered, Compare);
        var minPages = Math.Max(1, maxPages / 4);
        var modulus = (ulong)Math.Max(1, maxPages / 2);
        var shards = new List<SearchShard>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var start = 0;
        for (var i = 0; i < ordered.Length; i++)
        {
            var count = i - start + 1;
            var cut = count >= maxPages || (count >= minPages && PathHash(ordered[i].Path) % modulus == 0) || i == ordered.Length - 1;
            if (!cut) continue;
            var slice = ordered[start..(i + 1)];
            shards.Add(new SearchShard(NameOf(slice[0], names), slice, FingerprintOf(slice, indexer)));
            start = i + 1;
        }
        return shards;
    }

    private static int Compare(SearchPage a, SearchPage b)
    {
        if (a.Date != b.Date)
        {
            if (a.Date is null) return 1;
            if (b.Date is null) return -1;
            return a.Date.Value.CompareTo(b.Date.Value);
        }
        return string.CompareOrdinal(a.Path, b.Path);
    }

    private static ulong PathHash(string path) => XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(path));

    /// <summary>The first page's date and 32 bits of its path's hash, longer in the unlikely case two shards share one.</summary>
    private static string NameOf(SearchPage first, HashSet<string> taken)
    {
        var date = first.Date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated";
        var hash = PathHash(first.Path).ToString("x16", CultureInfo.InvariantCulture);
        for (var length = 8; ; length++)
        {
            var name = $"{date}-{hash[..Math.Min(length, hash.Length)]}";
            if (taken.Add(name) || length >= hash.Length) return name;
        }
    }

    private static Hash128 FingerprintOf(IReadOnlyList<SearchPage> pages, Hash128 indexer)
    {
        var f = new Fingerprint().Add("search-shard").Add(indexer).Add(pages.Count);
        foreach (var page in pages) f.Add(page.Path).Add(page.Content.Value);
        return f.Value;
    }
}
