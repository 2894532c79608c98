using SiteGen.Engine;
using SiteGen.Model;
using SiteGen.Reading;

namespace SiteGen.Tests;

/// <summary>Articles built the way the reader builds them, from seed-format text.</summary>
internal static class TestArticles
{
    public const string SeedPath = "seeds/000_bba47c1f16d6e6cf.txt";

    public static Article Parse(string path, string text)
    {
        var diagnostics = new List<Diagnostic>();
        return SeedArticleParser.ParseText(path, text, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics));
    }

    /// <summary>A seed file named <paramref name="path"/> with a title line and one line per paragraph.</summary>
    public static Article Make(string path, string title, params string[] paragraphs) =>
        Parse(path, title + "\n" + string.Join("\n", paragraphs));

    /// <summary>The seed article of the repository.</summary>
    public static Article Seed()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryRoot(), "seeds", "000_bba47c1f16d6e6cf.txt"));
        return SeedArticleParser.Parse(SeedPath, bytes).Article!;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("the repository root (with SiteGen.sln) is not above the test's base directory");
    }
}
