using SiteGen.Archive;
using SiteGen.Engine;
using SiteGen.Formats;
using SiteGen.Model;
using SiteGen.Modules.Articles;
using SiteGen.Modules.Home;
using SiteGen.Modules.Taxonomies;
using SiteGen.Site;

namespace SiteGen.Modules.Feeds;

/// <summary>
/// The Atom feeds: <c>/feed.xml</c> with the newest <c>feeds.size</c> articles, and one per term of every taxonomy with
/// <c>feed: true</c> at <c>/{path}/{term}/feed.xml</c>. Only dated articles are entries: a feed is ordered by time and
/// Atom requires each entry's date, which must come from the article and never from the clock.
/// </summary>
public sealed class FeedsModule : IModule
{
    /// <summary>A feed with no dated article still needs an <c>updated</c>; this one is fixed, so builds stay identical.</summary>
    public static readonly DateOnly NoDate = new(1970, 1, 1);

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        var articles = context.Articles();
        var taxonomies = context.Taxonomies();
        var all = new int[articles.Count];
        for (var i = 0; i < all.Length; i++) all[i] = i;

        // An entry is made for each feed it is written into, and dropped with it. Kept for every feed an article is in,
        // the entries (an absolute link, an id and a summary as strings: ~0.8 KB each) of every article among some feed's
        // newest lived to the end of the build, whose peak is the end of the writing.
        var host = new Uri(site.Urls.Origin).Host;
        AtomEntry EntryOf(int i) => Entry(site, host, taxonomies, articles[i]);
        // Its part of every feed's fingerprint is kept: hashed once, not once per feed it is in. Threads that hash the
        // same entry at once write the same value.
        var hashes = new Hash128[articles.Count];
        var hashed = new bool[articles.Count];
        Hash128 HashOf(int i)
        {
            if (Volatile.Read(ref hashed[i])) return hashes[i];
            hashes[i] = EntryHash(EntryOf(i));
            Volatile.Write(ref hashed[i], true);
            return hashes[i];
        }

        var feeds = new List<Document> { Feed(site, EntryOf, HashOf, articles, "site", HomePagesModule.FeedPath, "/", site.Settings.Title, site.Settings.Description, all) };
        foreach (var index in taxonomies.All)
            foreach (var term in index.Terms)
                if (TaxonomyPagesModule.FeedPath(index, term) is { } path)
                    feeds.Add(Feed(site, EntryOf, HashOf, articles, $"{index.Settings.Name}:{term.Slug}", path, term.Path,
                        $"{index.Settings.Title}: {term.Name} · {site.Settings.Title}", "", term.Articles));
        return Task.FromResult<IReadOnlyList<Document>>(feeds);
    }

    private static Document Feed(SiteContext site, Func<int, AtomEntry> entryOf, Func<int, Hash128> hashOf, IReadOnlyList<Article> articles, string name,
        string path, string pagePath, string title, string subtitle, IReadOnlyList<int> newestFirst) =>
        new Document($"feed:{name}", path.TrimStart('/'))
            .WithMetadata(DocumentKeys.Fingerprint, new Func<Hash128>(() =>
            {
                var f = (t_feed ??= new Fingerprint()).Reset().Add(path).Add(pagePath).Add(title).Add(subtitle);
                var size = site.Settings.Feeds.Size;
                var count = 0;
                foreach (var i in newestFirst) // the entries Entries() picks, in its order
                {
                    if (count == size || articles[i].Date is null) break;
                    f.Add(hashOf(i));
                    count++;
                }
                return f.Add(count).Value;
            }))
            .WithMetadata(DocumentKeys.Utf8Content, new Action<Stream>(target =>
        {
            var settings = site.Settings;
            var entries = Entries(site, entryOf, articles, newestFirst);
            var feed = new AtomFeed(
                Id: site.Urls.Absolute(path),
                Title: title,
                Subtitle: subtitle,
                Language: settings.Language,
                SelfLink: site.Urls.Absolute(path),
                AlternateLink: site.Urls.Absolute(pagePath),
                Updated: entries.Count > 0 ? entries[0].Updated : NoDate,
                Author: settings.Author.Length > 0 ? settings.Author : settings.Title,
                Entries: entries);
            feed.WriteXml(target);
        }));

    /// <summary>The newest <c>feeds.size</c> dated articles of the list; undated articles come last, so the first ends it.</summary>
    private static List<AtomEntry> Entries(SiteContext site, Func<int, AtomEntry> entryOf, IReadOnlyList<Article> articles, IReadOnlyList<int> newestFirst)
    {
        var size = site.Settings.Feeds.Size;
        var entries = new List<AtomEntry>(Math.Min(size, newestFirst.Count));
        foreach (var i in newestFirst)
        {
            if (entries.Count == size || articles[i].Date is null) break;
            entries.Add(entryOf(i));
        }
        return entries;
    }

    // One per thread each, emptied for each feed and each entry (a feed's hash asks for its entries' hashes on the way):
    // a new one each was a hasher and its buffer for every entry of every feed, every build.
    [ThreadStatic] private static Fingerprint? t_feed;
    [ThreadStatic] private static Fingerprint? t_entry;

    private static Hash128 EntryHash(AtomEntry e) =>
        (t_entry ??= new Fingerprint()).Reset().Add(e.Id).Add(e.Title).Add(e.Link).Add(e.Updated).Add(e.Summary).Add(e.Author).Add(e.Categories).Value;

    private static AtomEntry Entry(SiteContext site, string host, SiteTaxonomies taxonomies, Article a)
    {
        var date = a.Date!.Value;
        var tags = taxonomies.ForField("tags");
        var categories = new List<string>(a.Tags.Count);
        foreach (var tag in a.Tags)
            if ((tags?.Find(tag)?.Name ?? tag.Trim()) is { Length: > 0 } name && !categories.Contains(name)) categories.Add(name);
        return new AtomEntry(EntryId(host, a.Url, date), a.Title, site.Urls.Absolute(a.Url), date, ArticleSummary.Of(a, site.Settings.SummaryLength), a.Editor, categories);
    }

    /// <summary>
    /// A tag URI (RFC 4151) from the host, the article's date and its path within the site: the same on every build,
    /// and unchanged when the site moves to another sub-path of the same host.
    /// </summary>
    public static string EntryId(string host, string articlePath, DateOnly date) => $"tag:{host},{XmlOutput.Day(date)}:{articlePath}";
}
