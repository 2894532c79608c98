using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>What a theme author is told: a name nothing defines, and a block left open, each with file and line.</summary>
public sealed class TemplateDiagnosticsTests
{
    private static TempSite WithFooter(string footer)
    {
        var site = new TempSite();
        site.WriteBytes("theme/partials/footer.sbn", System.Text.Encoding.UTF8.GetBytes(footer));
        return site;
    }

    [Fact]
    public async Task A_misspelt_member_or_variable_is_a_warning_with_the_template_file_and_line_once()
    {
        using var site = WithFooter("<footer>\n<p>{{ site.titel }}</p>\n<p>{{ judul }}</p>\n<p>{{ site.title }}</p>\n</footer>\n");
        var run = await site.BuildAsync("--progress", "none");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Error.Split('\n');
        Assert.Single(lines, l => l.StartsWith("theme/partials/footer.sbn:2: warning: 'titel' is not a field of", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("theme/partials/footer.sbn:3: warning: 'judul' is not defined", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("(default theme)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Under_strict_an_undefined_name_is_an_error()
    {
        using var site = WithFooter("<footer>{{ site.titel }}</footer>\n");
        var run = await site.BuildAsync("--progress", "none", "--strict");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("theme/partials/footer.sbn:1: error: 'titel' is not a field of", run.Error);
    }

    [Fact]
    public async Task The_default_theme_reads_no_undefined_name_on_any_page_kind()
    {
        using var site = new TempSite();
        site.Article("b.txt", "Berita Kedua", "2023-06-01", ["Rusia"], section: "Dunia");
        var run = await site.BuildAsync("--progress", "none", "--pagefind", "/bin/true");
        Assert.DoesNotContain("is not defined", run.Error);
        Assert.DoesNotContain("is not a field", run.Error);
    }

    [Theory]
    [InlineData("<footer>\n{{ if site.title }}\n<p>{{ site.title }}</p>\n<p>x</p>\n</footer>\n", 2, "if")]
    [InlineData("<footer>\n{{ for t in site.taxonomies }}\n{{ if t }}<p>{{ t.title }}</p>{{ end }}\n\n</footer>\n", 2, "for")]
    [InlineData("<footer>\n{{ if site.title }}{{ end }}\n{{ capture x }}\n{{ if true }}a{{ end }}\n</footer>\n", 3, "capture")]
    public async Task A_block_without_its_end_is_reported_on_the_line_it_opens(string footer, int line, string keyword)
    {
        using var site = WithFooter(footer);
        var run = await site.BuildAsync("--progress", "none");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"theme/partials/footer.sbn:{line}: error: this '{keyword}' has no matching '{{{{ end }}}}'", run.Error);
    }
}
