using System.Text;
using SiteGen.Build;
using SiteGen.Cli;
using SiteGen.Rendering;
using SiteGen.Site;

namespace SiteGen.Tests.Support;

/// <summary>
/// A throwaway site folder: the repo's input/ (and optionally theme/) copied in, plus whatever articles a test writes.
/// Deleted on dispose. Builds go through the real CLI entry point.
/// </summary>
public sealed class TempSite : IDisposable
{
    /// <param name="root">Where the site goes; by default a new folder in the temp folder.</param>
    public TempSite(bool copyInput = true, bool copyTheme = false, bool copySeed = true, string? root = null)
    {
        Root = root ?? Path.Combine(Path.GetTempPath(), "sitegen-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(Root, "seeds"));
        if (copyInput) CopyDirectory(RepoPaths.Input, Path.Combine(Root, "input"));
        if (copyTheme) CopyDirectory(RepoPaths.Theme, Path.Combine(Root, "theme"));
        if (copySeed) File.Copy(RepoPaths.SeedArticle, Path.Combine(Root, "seeds", Path.GetFileName(RepoPaths.SeedArticle)));
    }

    /// <summary>A site with no articles and no site.yml (all defaults), only the about page the default header links to.</summary>
    public static TempSite Empty()
    {
        var site = new TempSite(copyInput: false, copySeed: false);
        site.WriteBytes("input/tentang.md", Encoding.UTF8.GetBytes("---\ntitle: Tentang\n---\nSitus uji.\n"));
        return site;
    }

    public string Root { get; }
    public string Output => Path.Combine(Root, "output");
    public string Seeds => Path.Combine(Root, "seeds");

    public string OutputPath(string output = "output") => Path.Combine(Root, output);

    public TempSite Settings(string yaml)
    {
        WriteBytes("input/site.yml", Encoding.UTF8.GetBytes(yaml));
        return this;
    }

    /// <summary>Writes a seed article; <paramref name="text"/> may start with front matter.</summary>
    public TempSite Article(string fileName, string text)
    {
        WriteSeed(fileName, text);
        return this;
    }

    /// <summary>A seed article with front matter for the given date and tags, a dateline for the city and an editor line.</summary>
    public TempSite Article(string fileName, string title, string? date, IEnumerable<string> tags, string city = "JAKARTA", string editor = "Rina Wulandari", string? section = null)
    {
        var front = new List<string> { "---" };
        if (date is not null) front.Add($"date: {date}");
        front.Add($"tags: [{string.Join(", ", tags.Select(t => $"\"{t}\""))}]");
        if (section is not null) front.Add($"section: {section}");
        front.Add("---");
        return Article(fileName, string.Join('\n', front) + $"\n{title}\n{city}, iNews.id - Isi berita {title}.\nParagraf kedua.\nEditor: {editor}\n");
    }

    public string WriteSeed(string name, string text) => WriteBytes(Path.Combine("seeds", name), Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    /// <summary>Runs <c>sitegen build --root ROOT</c> plus extra arguments and captures what it prints.</summary>
    public Task<CliRun> BuildAsync(params string[] extra) => RunAsync("build", extra);

    /// <summary>Runs <c>sitegen COMMAND --root ROOT</c> plus extra arguments through the real CLI entry point.</summary>
    public async Task<CliRun> RunAsync(string command, params string[] extra)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = [command, "--root", Root, .. extra];
        var code = await SiteGenCli.RunAsync(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>The library entry point with the repo theme as the default theme, for tests that need the result object.</summary>
    public Task<BuildResult> BuildLibraryAsync(string output = "output", string? baseUrl = null, CancellationToken cancellation = default) =>
        SiteBuilder.BuildAsync(new BuildOptions
        {
            Root = Root,
            Output = Path.Combine(Root, output),
            BaseUrl = baseUrl,
            DefaultTheme = new DirectoryThemeLayer(RepoPaths.Theme, "theme"),
        }, cancellation);

    public string ReadOutput(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

public sealed record CliRun(int ExitCode, string Output, string Error);
