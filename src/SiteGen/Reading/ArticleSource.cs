using SiteGen.Engine;
using SiteGen.Model;

namespace SiteGen.Reading;

/// <summary>
/// The paragraphs of an article, read again from its file when its page is rendered. Articles do not keep their text
/// through the build (a 50,000-article archive would hold it all at once); this is the provider of that text.
/// </summary>
public static class ArticleSource
{
    /// <summary>Reads and parses the file again; throws <see cref="SourceChangedException"/> when it is not the file that was read first.</summary>
    /// <param name="repairs">The repairs the article was read with (<c>text.repair</c>), so the page shows the text inference saw.</param>
    public static IReadOnlyList<string> Paragraphs(string root, string sourcePath, ContentHash expected, TextRepairs repairs)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(Path.Combine(root, sourcePath));
        }
        catch (IOException)
        {
            throw new SourceChangedException(sourcePath);
        }
        if (ContentHash.Of(bytes) != expected) throw new SourceChangedException(sourcePath);
        return SeedArticleParser.Paragraphs(sourcePath, bytes, repairs) ?? throw new SourceChangedException(sourcePath);
    }
}

/// <summary>
/// An article changed (or went away) between reading and rendering. The build's view of the site is then no longer
/// one state of the sources, so the build stops without touching the output (the previous site stays), and the next
/// build, which an editor's save triggers anyway, sees the file as it now is.
/// </summary>
public sealed class SourceChangedException(string sourcePath)
    : Exception($"{sourcePath} changed while the site was being built; build again")
{
    public Diagnostic Diagnostic { get; } = Diagnostic.Error(sourcePath, "changed while the site was being built; nothing was written, build again");
}
