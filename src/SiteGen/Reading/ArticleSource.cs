using SiteGen.Caching;

namespace SiteGen.Reading;

/// <summary>
/// The paragraphs of an article, read again from its file when its page is rendered. Articles do not keep their text
/// through the build (a 50,000-article archive would hold it all at once); this is the provider of that text.
/// </summary>
public static class ArticleSource
{
    /// <summary>Reads and parses the file again; throws <see cref="IOException"/> when it is not the file that was read first.</summary>
    public static IReadOnlyList<string> Paragraphs(string root, string sourcePath, ContentHash expected)
    {
        var bytes = File.ReadAllBytes(Path.Combine(root, sourcePath));
        if (ContentHash.Of(bytes) != expected)
            throw new IOException($"{sourcePath} changed while the site was being built; build again");
        return SeedArticleParser.Paragraphs(sourcePath, bytes)
            ?? throw new IOException($"{sourcePath} changed while the site was being built; build again");
    }
}
