using System.Collections.Concurrent;
using System.Xml.Linq;

namespace SiteGen.Tests.Support;

/// <summary>
/// Every internal link of a built site, checked against the files written: links and resources of every HTML page
/// (with their #fragments), the links of every Atom feed, the sitemap's locations and robots.txt's sitemap line.
/// </summary>
public static class LinkCheck
{
    public static IReadOnlyList<string> BrokenLinks(BuiltSite site)
    {
        var broken = new ConcurrentBag<string>();
        Parallel.ForEach(site.HtmlFiles(), file =>
        {
            var doc = BuiltSite.Parse(File.ReadAllText(file));
            var ids = doc.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
            foreach (var element in doc.QuerySelectorAll("a[href], link[href], script[src], img[src]"))
            {
                var link = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (link.StartsWith('#'))
                {
                    if (!ids.Contains(link[1..])) broken.Add($"{site.SitePathOfFile(file)}: {link} (no such id)");
                    continue;
                }
                Check(site, file, link, broken);
            }
            foreach (var meta in doc.QuerySelectorAll("meta[property='og:url']"))
                Check(site, file, meta.GetAttribute("content")!, broken);
        });

        XNamespace atom = "http://www.w3.org/2005/Atom";
        foreach (var feed in Directory.EnumerateFiles(site.Folder, "feed.xml", SearchOption.AllDirectories))
            foreach (var link in XDocument.Load(feed).Descendants(atom + "link"))
                Check(site, feed, link.Attribute("href")!.Value, broken);

        foreach (var loc in SitemapLocations(site)) Check(site, "sitemap.xml", loc, broken);

        var robots = File.ReadAllLines(Path.Combine(site.Folder, "robots.txt")).Single(l => l.StartsWith("Sitemap: ", StringComparison.Ordinal));
        Check(site, "robots.txt", robots["Sitemap: ".Length..], broken);
        return broken.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every <c>loc</c> of the sitemap, following a sitemap index into its parts.</summary>
    public static IReadOnlyList<string> SitemapLocations(BuiltSite site) =>
        SitemapUrls(site).Select(u => u.Loc).ToList();

    public static IReadOnlyList<(string Loc, string? LastMod)> SitemapUrls(BuiltSite site)
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var root = XDocument.Load(Path.Combine(site.Folder, "sitemap.xml")).Root!;
        var files = root.Name == sm + "sitemapindex"
            ? root.Elements(sm + "sitemap").Select(s => XDocument.Load(site.FileOf(s.Element(sm + "loc")!.Value)!).Root!).ToList()
            : [root];
        return files.SelectMany(f => f.Elements(sm + "url"))
            .Select(u => (u.Element(sm + "loc")!.Value, u.Element(sm + "lastmod")?.Value))
            .ToList();
    }

    private static void Check(BuiltSite site, string from, string link, ConcurrentBag<string> broken)
    {
        var target = site.FileOf(link);
        if (target is not null && !File.Exists(target)) broken.Add($"{Path.GetRelativePath(site.Folder, from)}: {link}");
    }
}
