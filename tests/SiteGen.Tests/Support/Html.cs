using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Tests.Support;

/// <summary>Parses written pages the way a browser would, so tests check what a reader sees.</summary>
public static class HtmlPages
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static IDocument Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Every file of a folder with its bytes, keyed by relative path, for byte-for-byte comparisons.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var f in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(folder, f).Replace('\\', '/')] = File.ReadAllBytes(f);
        return files;
    }
}
