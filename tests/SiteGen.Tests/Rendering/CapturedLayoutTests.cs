using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// The default theme's page templates define their content as a function, <c>func main</c>, which the base layout
/// calls where it prints <c>{{ main }}</c>, so the content is rendered straight into the page. A site's own theme may
/// still override a page template written the older way, capturing its content into a string
/// (<c>capture main … end</c>) before including the base layout: such a site must get the very same pages.
/// </summary>
public sealed class CapturedLayoutTests
{
    [Fact]
    public async Task Page_templates_that_capture_main_render_the_same_bytes_as_the_default_theme()
    {
        using var plain = Archive();
        using var captured = Archive();
        var layouts = Path.Combine(RepoPaths.Theme, "layouts");
        var overridden = 0;
        foreach (var file in Directory.EnumerateFiles(layouts, "*.sbn"))
        {
            var text = File.ReadAllText(file);
            if (!text.Contains("{{- func main }}", StringComparison.Ordinal)) continue;
            var old = text.Replace("{{- func main }}", "{{- capture main }}", StringComparison.Ordinal);
            captured.WriteBytes(Path.Combine("theme", "layouts", Path.GetFileName(file)), System.Text.Encoding.UTF8.GetBytes(old));
            overridden++;
        }
        // Every kind of page: articles, home, lists, terms, archive, search, Markdown page, 404.
        Assert.True(overridden >= 8, $"only {overridden} page templates define main");

        Assert.Equal(0, (await plain.BuildLibraryAsync()).ExitCode);
        Assert.Equal(0, (await captured.BuildLibraryAsync()).ExitCode);

        var expected = new BuiltSite(plain.Output, "https://contoh.example/");
        var actual = new BuiltSite(captured.Output, "https://contoh.example/");
        Assert.Equal(expected.AllFiles(), actual.AllFiles());
        Assert.Contains("index.html", expected.AllFiles());
        foreach (var file in expected.AllFiles())
            Assert.True(File.ReadAllBytes(Path.Combine(plain.Output, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(captured.Output, file))),
                $"{file} differs when the page templates capture main");
    }

    private static TempSite Archive()
    {
        var site = new TempSite().Settings("pageSize: 2\n");
        site.Article("a.txt", "Banjir Rendam Jakarta", "2023-08-27", ["Banjir"], section: "Megapolitan");
        site.Article("b.txt", "Harga Beras Naik", "2023-08-20", ["Beras", "Banjir"], section: "Ekonomi");
        site.Article("c.txt", "Timnas Menang", "2023-05-02", ["Timnas"]);
        site.WriteSeed("d.txt", "Berita Tanpa Tanggal\nJAKARTA - Sebuah berita yang tidak menyebut tanggal.\nEditor: Rina\n");
        return site;
    }
}
