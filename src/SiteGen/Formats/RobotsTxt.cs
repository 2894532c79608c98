namespace SiteGen.Formats;

/// <summary><c>/robots.txt</c>: everything may be crawled, and the sitemap is here (an absolute URL, as the format asks).</summary>
public static class RobotsTxt
{
    public const string Path = "robots.txt";

    public static string For(string absoluteSitemapUrl) => $"User-agent: *\nDisallow:\n\nSitemap: {absoluteSitemapUrl}\n";
}
