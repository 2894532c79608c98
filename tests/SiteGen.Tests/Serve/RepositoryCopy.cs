using System.Globalization;
using System.Text;
using SiteGen.Cli.Commands;
using SiteGen.Site;

namespace SiteGen.Tests.Serve;

/// <summary>
/// A throw-away copy of the repository's site (theme/, input/, seeds/) in a fresh temp folder, optionally with
/// generated articles, so tests can edit sources and build without touching the repository or its output/.
/// Shared with the browser tests (linked into that project).
/// </summary>
public sealed class RepositoryCopy : IDisposable
{
    /// <summary>The slug of the generated article tests edit; front matter pins it, so a new title keeps its URL.</summary>
    public const string EditedSlug = "berita-uji-yang-diubah";

    private RepositoryCopy(string root) => Root = root;

    public string Root { get; }

    public string OutputPath => Path.Combine(Root, "output");

    public string EditedArticlePath => Path.Combine(Root, "seeds", "uji_000.txt");

    /// <param name="generatedArticles">
    /// How many extra articles to add. With 25 and the bundled page size of 20, the home page has a second page.
    /// The first of them is the one at <see cref="EditedSlug"/>, dated last so it heads the home page.
    /// </param>
    public static RepositoryCopy CopyOfRepository(int generatedArticles = 0)
    {
        var root = Path.Combine(Path.GetTempPath(), "sitegen-serve-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var site = new RepositoryCopy(root);
        var repository = RepositoryRoot();
        foreach (var folder in new[] { "theme", "input", "seeds" })
            CopyFolder(Path.Combine(repository, folder), Path.Combine(root, folder));
        for (var i = 0; i < generatedArticles; i++) site.WriteGeneratedArticle(i, $"Berita Uji Nomor {i:00}");
        return site;
    }

    public BuildOptions BuildOptions() => new()
    {
        Root = Root,
        Output = OutputPath,
        DefaultTheme = DefaultTheme.Layer,
    };

    /// <summary>
    /// Rewrites generated article <paramref name="number"/> with a new title (front matter keeps slug and date), and
    /// <paramref name="addedParagraph"/> before its editor line when given.
    /// </summary>
    public void WriteGeneratedArticle(int number, string title, string? addedParagraph = null)
    {
        // Article 0 is the newest, so it is first on the home page.
        var date = new DateOnly(2023, 12, 31).AddDays(-number).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var slug = number == 0 ? EditedSlug : $"berita-uji-{number:00}";
        var text = new StringBuilder()
            .Append("---\n")
            .Append($"date: {date}\n")
            .Append($"slug: {slug}\n")
            .Append("---\n")
            .Append(title).Append('\n')
            .Append($"JAKARTA, iNews.id - Berita uji nomor {number} dibuat untuk menguji server pengembangan SiteGen.\n")
            .Append("Paragraf kedua menjelaskan bahwa berita ini hanya ada di dalam pengujian.\n")
            .Append(addedParagraph is null ? "" : addedParagraph + "\n")
            .Append("Editor: Redaksi Uji\n")
            .ToString();
        WriteAtomically(Path.Combine(Root, "seeds", $"uji_{number:000}.txt"), text);
    }

    /// <summary>Writes a file the way editors save: a temporary file renamed over the old one.</summary>
    public static void WriteAtomically(string path, string text)
    {
        var temporary = path + ".saving";
        File.WriteAllText(temporary, text, new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A server that has not quite let go of a file; the temp folder is cleaned by the system later.
        }
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository (SiteGen.sln) above " + AppContext.BaseDirectory);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
