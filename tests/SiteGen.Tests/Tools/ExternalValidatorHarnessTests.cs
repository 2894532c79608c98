using SiteGen.Tests.Fixtures;

namespace SiteGen.Tests.Tools;

/// <summary>
/// Proves the validator harness on hand-written folders: each tool passes what is right and catches what is
/// wrong, so a later "no errors" over the built site means something.
/// </summary>
public sealed class ExternalValidatorHarnessTests : IDisposable
{
    private readonly HtmlFixtureFolder _site = new();

    public void Dispose() => _site.Dispose();

    [SkippableFact]
    public async Task Nu_finds_no_error_in_a_valid_page()
    {
        NuHtmlChecker.RequireInstalled();
        _site.Page("index.html", """<p>Hujan deras <a href="tentang/">mengguyur</a> Jakarta.</p>""")
             .Write("gaya.css", "this { is not html }");

        var messages = await NuHtmlChecker.CheckFolderAsync(_site.Root);

        Assert.Empty(messages);
    }

    [SkippableFact]
    public async Task Nu_reports_an_error_in_an_invalid_page_with_file_and_line()
    {
        NuHtmlChecker.RequireInstalled();
        _site.Page("index.html")
             .Page("rusak/index.html", "<p>Paragraf</span></p>");

        var messages = await NuHtmlChecker.CheckFolderAsync(_site.Root);

        var error = Assert.Single(messages);
        Assert.Equal("error", error.Type);
        Assert.EndsWith("/rusak/index.html", error.Url);
        Assert.Contains("Stray end tag", error.Message);
        Assert.Equal(6, error.Line);
    }

    [SkippableFact]
    public async Task Linkinator_passes_a_folder_whose_links_and_fragments_resolve()
    {
        Linkinator.RequireInstalled();
        _site.Page("index.html", """<a href="tentang/">Tentang</a> <a href="tentang/#redaksi">Redaksi</a> <a href="https://example.org/luar">luar</a>""")
             .Page("tentang/index.html", """<h2 id="redaksi">Redaksi</h2><a href="../">Beranda</a>""");

        var result = await Linkinator.CheckFolderAsync(_site.Root);

        Assert.True(result.Passed, string.Join("\n", result.Broken));
        Assert.Empty(result.Broken);
        Assert.True(result.LinksVisited >= 2, $"only {result.LinksVisited} links visited: the crawl did not follow tentang/");
    }

    [SkippableFact]
    public async Task Linkinator_reports_a_broken_link_and_a_missing_fragment()
    {
        Linkinator.RequireInstalled();
        _site.Page("index.html", """<a href="tentang/">Tentang</a> <a href="hilang/">Hilang</a>""")
             .Page("tentang/index.html", """<a href="../#tidak-ada">Beranda</a>""");

        var result = await Linkinator.CheckFolderAsync(_site.Root);

        Assert.False(result.Passed);
        Assert.Equal(2, result.Broken.Count);
        Assert.Contains(result.Broken, b => b.Url.EndsWith("/hilang/") && b.Status == 404);
        Assert.Contains(result.Broken, b => b.Url.EndsWith("#tidak-ada"));
    }
}
