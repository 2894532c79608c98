using SiteGen.Model;

namespace SiteGen.Formats;

/// <summary>
/// The sitemap protocol's XML (sitemaps.org), written with XmlWriter: no template loop or output limit can cut it short.
/// A file holds at most <see cref="MaxUrls"/> URLs; a bigger site gets a sitemap index over numbered parts.
/// </summary>
public static class Sitemap
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string Path = "/sitemap.xml";
    public const int MaxUrls = 50_000;

    /// <summary>
    /// The files a sitemap of <paramref name="entries"/> needs: <c>/sitemap.xml</c> alone, or numbered parts of at most
    /// <paramref name="maxUrls"/> URLs with <c>/sitemap.xml</c> as the index over them. Written when asked.
    /// </summary>
    public static IReadOnlyList<SitemapFile> Files(IReadOnlyList<SitemapEntry> entries, SiteUrls urls, int maxUrls = MaxUrls)
    {
        if (entries.Count <= maxUrls) return [new SitemapFile(Path, target => UrlSet(target, entries, urls))];

        var files = new List<SitemapFile>();
        var parts = new List<SitemapEntry>();
        for (var start = 0; start < entries.Count; start += maxUrls)
        {
            var part = new List<SitemapEntry>(Math.Min(maxUrls, entries.Count - start));
            for (var i = start; i < entries.Count && i < start + maxUrls; i++) part.Add(entries[i]);
            var path = $"/sitemap-{(parts.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}.xml";
            parts.Add(new SitemapEntry(path, part.Max(e => e.LastModified)));
            files.Add(new SitemapFile(path, target => UrlSet(target, part, urls)));
        }
        files.Add(new SitemapFile(Path, target => Index(target, parts, urls)));
        return files;
    }

    /// <summary>A <c>urlset</c> of the given pages, with absolute locations.</summary>
    public static void UrlSet(Stream target, IReadOnlyCollection<SitemapEntry> entries, SiteUrls urls) => List(target, "urlset", "url", entries, urls);

    /// <summary>A <c>sitemapindex</c> over part files; each entry's path is the part file's, its date the newest in the part.</summary>
    public static void Index(Stream target, IReadOnlyCollection<SitemapEntry> parts, SiteUrls urls) => List(target, "sitemapindex", "sitemap", parts, urls);

    // Both sitemap documents are the same shape: a root element of items, each a location and an optional date.
    private static void List(Stream target, string root, string item, IReadOnlyCollection<SitemapEntry> entries, SiteUrls urls)
    {
        ReserveFor(target, entries, urls);
        XmlOutput.Write(target, w => Items(w, root, item, entries, urls));
    }

    /// <summary>
    /// A sitemap is megabytes (about 150 bytes a URL): a buffer that doubled its way there would leave each smaller
    /// buffer behind as a large object for the next full collection, so it is sized once, from the paths' lengths.
    /// </summary>
    private static void ReserveFor(Stream target, IReadOnlyCollection<SitemapEntry> entries, SiteUrls urls)
    {
        if (target is not MemoryStream buffer) return;
        var bytes = 200L;
        var perEntry = urls.Origin.Length + urls.BasePath.Length + 68; // the markup around a URL and its date, indented
        foreach (var e in entries) bytes += e.Path.Length + perEntry;
        if (bytes > buffer.Capacity && bytes < int.MaxValue) buffer.Capacity = (int)bytes;
    }

    private static void Items(System.Xml.XmlWriter w, string root, string item, IEnumerable<SitemapEntry> entries, SiteUrls urls)
    {
        w.WriteStartDocument();
        w.WriteStartElement(root, Namespace);
        foreach (var e in entries)
        {
            w.WriteStartElement(item, Namespace);
            w.WriteElementString("loc", Namespace, urls.Absolute(e.Path));
            if (e.LastModified is { } d) w.WriteElementString("lastmod", Namespace, XmlOutput.Day(d));
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndDocument();
    }
}
