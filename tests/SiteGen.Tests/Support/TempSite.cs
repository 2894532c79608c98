using SiteGen.Rendering;
using SiteGen.Site;

namespace SiteGen.Tests.Support;

/// <summary>A site folder in the temp directory (seeds/, input/site.yml), built with the repository's theme; deleted on dispose.</summary>
public sealed class TempSite : IDisposable
{
    public TempSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "sitegen-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "seeds"));
        Directory.CreateDirectory(Path.Combine(Root, "input"));
        // The default theme's header links the about page at /tentang/ unconditionally.
        File.WriteAllText(Path.Combine(Root, "input", "tentang.md"), "---\ntitle: Tentang\n---\nSitus uji.\n");
    }

    public string Root { get; }
    public string Seeds => Path.Combine(Root, "seeds");

    public TempSite Settings(string yaml)
    {
        File.WriteAllText(Path.Combine(Root, "input", "site.yml"), yaml);
        return this;
    }

    /// <summary>Writes a seed article; <paramref name="text"/> may start with front matter.</summary>
    public TempSite Article(string fileName, string text)
    {
        File.WriteAllText(Path.Combine(Seeds, fileName), text);
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

    public Task<BuildResult> BuildAsync(string output = "output", string? baseUrl = null) =>
        SiteBuilder.BuildAsync(new BuildOptions
        {
            Root = Root,
            Output = Path.Combine(Root, output),
            BaseUrl = baseUrl,
            DefaultTheme = new DirectoryThemeLayer(RepoPaths.Theme, "theme"),
        });

    public string OutputPath(string output = "output") => Path.Combine(Root, output);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not a test failure.
        }
    }
}
