using System.Collections.Concurrent;
using System.Net;
using SiteGen.Engine;
using SiteGen.Model;

namespace SiteGen.Checks;

/// <summary>
/// Collects the links of every page as the build writes it, by a plain scan for <c>href="…"</c> and <c>src="…"</c>
/// in the HTML our own templates produce (always double-quoted). It feeds <see cref="LinkSetCheck"/>, the cheap
/// default check: no HTML parse, so it costs a few milliseconds even for tens of thousands of pages.
/// </summary>
/// <remarks>
/// A page keeps each distinct href once, as a number into one table of hrefs: the same few thousand links (navigation,
/// tags, articles) recur on every page, and a 10,000-article site has over a million of them. The check reports a
/// broken link once per page anyway (<see cref="CheckReport"/>).
/// <para>A page's link to its own absolute URL (its canonical link) is not recorded: it resolves to the page being
/// written by definition, and, unlike every other href, it is on one page only, so it was half the table (136,000 of
/// 272,000 hrefs at 100,000 articles) and each was resolved page by page.</para>
/// </remarks>
public sealed class LinkRecorder
{
    private readonly ConcurrentDictionary<string, int> _ids;
    private readonly GatheredTable<LinkIds> _pages = new();
    private readonly List<string> _hrefs;
    private readonly Lock _lock = new();
    private readonly IReadOnlyList<string>? _seed;
    private RemapTable? _remap;
    private readonly SiteUrls? _urls;

    /// <param name="seed">
    /// The href table of the last build's manifest: this recorder's ids start as its ids, so a page kept from that
    /// build keeps its array of ids as it is (<see cref="Keep"/>), with no lookup, copy or sort. Hrefs no pages use
    /// any more stay in the table; the cache drops them when it saves it.
    /// </param>
    /// <param name="urls">The site's URLs, to know each page's own absolute URL; null records every href.</param>
    public LinkRecorder(IReadOnlyList<string>? seed = null, SiteUrls? urls = null)
    {
        _urls = urls;
        // Sized for the seed and as many again, so seeding and the first pages do not grow the table step by step.
        var capacity = 2 * (seed?.Count ?? 0) + 64;
        _ids = new ConcurrentDictionary<string, int>(Environment.ProcessorCount, capacity, StringComparer.Ordinal);
        _hrefs = new List<string>(capacity);
        if (seed is null) return;
        foreach (var href in seed)
        {
            if (!_ids.TryAdd(href, _hrefs.Count))
            {
                // Not a table this recorder could have written (a repeated href): start empty and remap instead.
                _ids.Clear();
                _hrefs.Clear();
                return;
            }
            _hrefs.Add(href);
        }
        _seed = seed;
    }

    /// <summary>Makes room for the links of up to <paramref name="pages"/> pages, once the build knows how many it will write.</summary>
    public void Reserve(int pages) => _pages.Reserve(pages);

    /// <summary>Every (page, href) pair, each href once per page.</summary>
    public IEnumerable<(string Page, string Href)> Links
    {
        get
        {
            var hrefs = Hrefs();
            foreach (var (page, ids) in _pages.Table)
                foreach (var id in ids) yield return (page, hrefs[id]);
        }
    }

    /// <summary>Every distinct href recorded, indexed by the ids <see cref="Pages"/> uses.</summary>
    public IReadOnlyList<string> HrefTable => Hrefs();

    /// <summary>Each recorded page with the ids (into <see cref="HrefTable"/>) of its distinct hrefs; read once the pages are
    /// recorded (<see cref="GatheredTable{TValue}"/>), as are <see cref="Links"/>, <see cref="HrefsOf"/> and <see cref="IdsOf"/>.</summary>
    public IEnumerable<KeyValuePair<string, LinkIds>> Pages => _pages.Table;

    /// <summary>The distinct hrefs of a recorded page, or null when it was not recorded.</summary>
    public IReadOnlyList<string>? HrefsOf(string page)
    {
        if (!_pages.Table.TryGetValue(page, out var ids)) return null;
        var result = new List<string>(ids.Count);
        lock (_lock)
            foreach (var id in ids) result.Add(_hrefs[id]);
        return result;
    }

    /// <summary>
    /// Records the hrefs of a page's HTML (a span, so a page rendered into a buffer need not become a string), and
    /// returns their ids, which the page's output entry carries into the manifest.
    /// </summary>
    public LinkIds Record(string page, ReadOnlySpan<char> html)
    {
        var ids = new HashSet<int>();
        var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var self = _urls is null ? null : _urls.Absolute("/" + FolderOf(page));
        foreach (var attribute in (ReadOnlySpan<string>)[" href=\"", " src=\""])
        {
            var at = 0;
            int found;
            while ((found = html[at..].IndexOf(attribute, StringComparison.Ordinal)) >= 0)
            {
                var start = at + found + attribute.Length;
                var length = html[start..].IndexOf('"');
                if (length < 0) break;
                var value = html.Slice(start, length);
                at = start + length;
                if (self is not null && value.SequenceEqual(self)) continue;
                if (value.Contains('&')) ids.Add(Intern(WebUtility.HtmlDecode(value.ToString())));
                else ids.Add(lookup.TryGetValue(value, out var id) ? id : Intern(value.ToString()));
            }
        }
        var sorted = Sorted(ids);
        _pages.Put(page, sorted);
        return sorted;
    }

    /// <summary>
    /// Puts hrefs that pages are known to print (each article's link) into the table before any page is recorded, so
    /// the table holds the site's own strings rather than a copy of each scanned from the first page that links it:
    /// an article's link was held twice to the end of the build (16 MB at 100,000 articles).
    /// </summary>
    public void Expect(IEnumerable<string> hrefs)
    {
        lock (_lock)
            foreach (var href in hrefs)
                if (_ids.TryAdd(href, _hrefs.Count)) _hrefs.Add(href);
    }

    /// <summary>The folder URL a page is served at: <c>tag/rusia/index.html</c> is <c>tag/rusia/</c>; other files are their own.</summary>
    private static string FolderOf(string page) =>
        page == "index.html" ? "" : page.EndsWith("/index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page;

    /// <summary>
    /// Records a page that was not rendered in this build (it did not change) with the links it had: numbers into
    /// <paramref name="table"/>, the previous build's href table. Each number is looked up once per build, not per page.
    /// </summary>
    public void Keep(string page, LinkIds links, IReadOnlyList<string> table)
    {
        if (ReferenceEquals(table, _seed))
        {
            _pages.Put(page, links); // the same ids in the same table
            return;
        }
        var remap = Remap(table);
        var ids = new int[links.Count];
        var i = 0;
        foreach (var link in links)
        {
            var id = Volatile.Read(ref remap[link]);
            if (id < 0) Volatile.Write(ref remap[link], id = Intern(table[link]));
            ids[i++] = id;
        }
        Array.Sort(ids);
        _pages.Put(page, LinkIds.FromSorted(ids));
    }

    /// <summary>The ids (into <see cref="HrefTable"/>) of a recorded page's distinct hrefs, or null.</summary>
    public LinkIds? IdsOf(string page) => _pages.Table.TryGetValue(page, out var ids) ? ids : null;

    private int[] Remap(IReadOnlyList<string> table)
    {
        var current = Volatile.Read(ref _remap);
        if (current is not null && ReferenceEquals(current.Table, table)) return current.Ids;
        lock (_lock)
        {
            if (_remap is null || !ReferenceEquals(_remap.Table, table))
            {
                var ids = new int[table.Count];
                Array.Fill(ids, -1);
                Volatile.Write(ref _remap, new RemapTable(table, ids));
            }
            return _remap.Ids;
        }
    }

    private int Intern(string href)
    {
        if (_ids.TryGetValue(href, out var id)) return id;
        lock (_lock)
        {
            if (_ids.TryGetValue(href, out id)) return id;
            id = _hrefs.Count;
            _hrefs.Add(href);
            _ids[href] = id;
            return id;
        }
    }

    private string[] Hrefs()
    {
        lock (_lock) return [.. _hrefs];
    }

    private static LinkIds Sorted(HashSet<int> ids)
    {
        var array = ids.ToArray();
        Array.Sort(array);
        return LinkIds.FromSorted(array);
    }

    /// <summary>Which of this build's ids each href of an earlier build's table has, -1 until looked up.</summary>
    private sealed record RemapTable(IReadOnlyList<string> Table, int[] Ids);
}
