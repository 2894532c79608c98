using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Tests.Support;

/// <summary>One page of a paginated list as a reader sees it: where it is and the articles (title, link) it lists.</summary>
public sealed record ListedPage(string Path, IReadOnlyList<(string Title, string Url)> Items);

/// <summary>Reads a built output folder the way a browser would: links are resolved against the site's base URL.</summary>
public sealed class BuiltSite
{
    private static readonly HtmlParser Parser = new();

    public BuiltSite(string folder, string baseUrl = "http://localhost/")
    {
        Folder = folder;
        var uri = new Uri(baseUrl);
        BasePath = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
        Origin = uri.GetLeftPart(UriPartial.Authority);
    }

    public string Folder { get; }
    public string BasePath { get; }
    public string Origin { get; }

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The file a link of this site points to, or null for a link that leaves the site.</summary>
    public string? FileOf(string link)
    {
        var path = link;
        var cut = path.IndexOfAny(['#', '?']);
        if (cut >= 0) path = path[..cut];
        if (path.StartsWith(Origin + "/", StringComparison.Ordinal)) path = path[Origin.Length..];
        else if (path.Contains("://", StringComparison.Ordinal) || path.StartsWith("//", StringComparison.Ordinal) || path.StartsWith("mailto:", StringComparison.Ordinal)) return null;
        if (!path.StartsWith(BasePath, StringComparison.Ordinal)) return Path.Combine(Folder, "__outside_base_path__" + path);
        var relative = path[BasePath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        return Path.Combine(Folder, relative);
    }

    /// <summary>The site path (as the generator names pages, e.g. <c>/tag/rusia/</c>) of a link.</summary>
    public string SitePathOf(string link)
    {
        var path = link.StartsWith(Origin, StringComparison.Ordinal) ? link[Origin.Length..] : link;
        Assert.StartsWith(BasePath, path);
        return "/" + path[BasePath.Length..];
    }

    public string Link(string sitePath) => BasePath + sitePath.TrimStart('/');

    public bool Exists(string sitePath) => File.Exists(FileOf(Link(sitePath)));

    public string Text(string sitePath) => File.ReadAllText(FileOf(Link(sitePath))!);

    public IDocument Html(string sitePath) => Parse(Text(sitePath));

    public IReadOnlyList<string> HtmlFiles() =>
        Directory.EnumerateFiles(Folder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> AllFiles() =>
        Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>The site path of an output file: <c>tag/rusia/index.html</c> is <c>/tag/rusia/</c>.</summary>
    public string SitePathOfFile(string file)
    {
        var relative = Path.GetRelativePath(Folder, file).Replace('\\', '/');
        return "/" + (relative.EndsWith("index.html", StringComparison.Ordinal) ? relative[..^"index.html".Length] : relative);
    }

    /// <summary>Every page of a list, from its folder by following <c>link rel=next</c>, as a reader paging through would.</summary>
    public IReadOnlyList<ListedPage> WalkList(string folderPath)
    {
        var pages = new List<ListedPage>();
        foreach (var (p, doc) in Walk(folderPath)) pages.Add(new ListedPage(p, Items(doc)));
        return pages;
    }

    /// <summary>The pages of any paginated page (a list, a letter of a taxonomy's index), following <c>link rel=next</c>.</summary>
    public IEnumerable<IDocument> WalkPages(string folderPath) => Walk(folderPath).Select(p => p.Doc);

    private IEnumerable<(string Path, IDocument Doc)> Walk(string folderPath)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? path = folderPath;
        while (path is not null)
        {
            Assert.True(seen.Add(path), $"the list at {folderPath} loops back to {path}");
            var doc = Html(path);
            yield return (path, doc);
            var next = doc.QuerySelector("link[rel=next]")?.GetAttribute("href");
            path = next is null ? null : SitePathOf(next);
        }
    }

    /// <summary>The articles a list page lists: title and link of each summary (not the home page's per-section blocks).</summary>
    public static IReadOnlyList<(string Title, string Url)> Items(IDocument doc) =>
        doc.QuerySelectorAll("ol.article-list > li h2 a").Where(a => a.Closest(".section-blocks") is null)
            .Select(a => (a.TextContent, a.GetAttribute("href")!)).ToList();
}
