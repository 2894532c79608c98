using Microsoft.AspNetCore.StaticFiles;

namespace SiteGen.Cli.Serve;

/// <summary>
/// The Content-Type of each file the dev server sends. ASP.NET Core's table covers the common web types; the
/// additions are the ones a built site has that the table lacks or names in an older way. Unknown extensions are
/// still served (as bytes), because a dev server that 404s a file which is on disk hides mistakes instead of showing them.
/// </summary>
public static class ContentTypes
{
    public const string Html = "text/html; charset=utf-8";
    public const string OctetStream = "application/octet-stream";

    private static readonly FileExtensionContentTypeProvider Table = CreateTable();

    public static string For(string fileName)
    {
        if (!Table.TryGetContentType(fileName, out var type)) return OctetStream;
        // Everything SiteGen writes as text is UTF-8; saying so stops browsers from guessing.
        var isText = type.StartsWith("text/", StringComparison.Ordinal)
            || type is "application/javascript" or "application/json" or "application/xml" or "application/atom+xml"
                or "application/rss+xml" or "application/manifest+json" or "image/svg+xml";
        return isText ? type + "; charset=utf-8" : type;
    }

    public static bool IsHtml(string contentType) => contentType.StartsWith("text/html", StringComparison.Ordinal);

    private static FileExtensionContentTypeProvider CreateTable()
    {
        var table = new FileExtensionContentTypeProvider();
        var map = table.Mappings;
        map[".html"] = "text/html";
        map[".htm"] = "text/html";
        map[".js"] = "application/javascript";
        map[".mjs"] = "application/javascript";
        map[".json"] = "application/json";
        map[".xml"] = "application/xml";
        map[".xsl"] = "application/xml";
        map[".atom"] = "application/atom+xml";
        map[".rss"] = "application/rss+xml";
        map[".webmanifest"] = "application/manifest+json";
        map[".txt"] = "text/plain";
        map[".wasm"] = "application/wasm";
        // Pagefind's index files: binary, and unknown to the table.
        map[".pagefind"] = OctetStream;
        map[".pf_meta"] = OctetStream;
        map[".pf_index"] = OctetStream;
        map[".pf_fragment"] = OctetStream;
        return table;
    }
}
