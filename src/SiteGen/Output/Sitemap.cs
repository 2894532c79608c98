using SiteGen.Site;

namespace SiteGen.Output;

/// <summary>
/// The sitemap protocol's XML (sitemaps.org), written with XmlWriter: no template loop or output limit can cut it short.
/// A file holds at most <see cref="MaxUrls"/> URLs; a bigger site gets a sitemap index over numbered parts.
/// </summary>
public static class Sitemap
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const int MaxUrls = 50_000;

    /// <summary>A <c>urlset</c> of the given pages, with absolute locations.</summary>
    public static string UrlSet(IEnumerable<SitemapEntry> entries, SiteUrls urls) => XmlOutput.Write(w =>
    {
        w.WriteStartDocument();
        w.WriteStartElement("urlset", Namespace);
        foreach (var e in entries)
        {
            w.WriteStartElement("url", Namespace);
            w.WriteElementString("loc", Namespace, urls.Absolute(e.Path));
            if (e.LastModified is { } d) w.WriteElementString("lastmod", Namespace, XmlOutput.Day(d));
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndDocument();
    });

    /// <summary>A <c>sitemapindex</c> over part files; each entry's path is the part file's, its date the newest in the part.</summary>
    public static string Index(IEnumerable<SitemapEntry> parts, SiteUrls urls) => XmlOutput.Write(w =>
    {
        w.WriteStartDocument();
        w.WriteStartElement("sitemapindex", Namespace);
        foreach (var p in parts)
        {
            w.WriteStartElement("sitemap", Namespace);
            w.WriteElementString("loc", Namespace, urls.Absolute(p.Path));
            if (p.LastModified is { } d) w.WriteElementString("lastmod", Namespace, XmlOutput.Day(d));
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndDocument();
    });
}
