using System.Text.Json;
using SiteGen.Cli;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Build;

/// <summary>Builds the 2,000 real articles of ../shared/corpus/real when this checkout has them.</summary>
public class RealCorpusBuildTests(ITestOutputHelper log)
{
    /// <summary>A temporary site with the repository's input/ and every real article as a seed.</summary>
    private static TempSite SiteWithRealCorpus(out string corpus)
    {
        corpus = RealCorpus.RequireFolder();
        var site = new TempSite(copySeed: false);
        foreach (var f in Directory.EnumerateFiles(corpus, "*.txt"))
            File.Copy(f, Path.Combine(site.Root, "seeds", Path.GetFileName(f)));
        return site;
    }

    [RealCorpusFact]
    public async Task TheRealCorpusBuildsWithAPagePerArticleWithABody()
    {
        using var site = SiteWithRealCorpus(out _);

        var result = await site.BuildLibraryAsync();
        log.WriteLine($"exit {result.ExitCode}, {result.Articles} articles, {result.FilesWritten} files, {result.Warnings} warnings, {result.Errors} errors");

        Assert.InRange(result.ExitCode, 0, 1);
        // Every file that is text with a body; title-only ones (quiz listings) are left out with a warning.
        var withBody = RealCorpus.Require().Entries.Count(e => e.Article is { Blank: false });
        Assert.Equal(withBody, result.Articles);
        var articlePages = Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories)
            .Count(f => HtmlPages.Load(f).QuerySelector("article.article") is not null);
        Assert.Equal(withBody, articlePages);
        // Every diagnostic names a file a person can open: an article under seeds/ or a page of the output.
        Assert.All(result.Diagnostics, d => Assert.True(
            File.Exists(Path.Combine(site.Root, d.File)) || File.Exists(Path.Combine(site.Output, d.File)), $"{d} names no file"));
    }

    [RealCorpusFact]
    public async Task WithItsIndexAsTheMetadataTableEveryDatedArticleTakesTheTableDate()
    {
        using var site = SiteWithRealCorpus(out var corpus);
        File.Copy(Path.Combine(corpus, "INDEX.tsv"), Path.Combine(site.Root, "seeds", "_meta.tsv"));

        var expected = File.ReadLines(Path.Combine(corpus, "INDEX.tsv")).Skip(1)
            .Select(l => l.Split('\t'))
            .ToDictionary(c => "seeds/" + c[0], c => c[1]);

        var output = new StringWriter();
        var code = await SiteGenCli.RunAsync(["list", "--root", site.Root, "--format", "json"], output, new StringWriter());
        Assert.InRange(code, 0, 1);
        using var json = JsonDocument.Parse(output.ToString());
        var rows = json.RootElement.EnumerateArray().Where(r => r.GetProperty("status").GetString() == "published").ToList();
        var dated = rows.Where(r => expected.TryGetValue(r.GetProperty("sourcePath").GetString()!, out var d) && d.Length > 0).ToList();
        log.WriteLine($"{rows.Count} articles listed, {dated.Count} with a date in the table");

        Assert.True(dated.Count >= 1990);
        Assert.All(dated, r =>
        {
            Assert.Equal(expected[r.GetProperty("sourcePath").GetString()!], r.GetProperty("date").GetString());
            Assert.Equal("table", r.GetProperty("dateSource").GetString());
        });

        var build = await site.BuildLibraryAsync();
        Assert.InRange(build.ExitCode, 0, 1);
        Assert.Equal(rows.Count, build.Articles);
    }
}
