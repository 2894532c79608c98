using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Site;

/// <summary>Builds the 2,000 real articles of ../shared/corpus/real when this checkout has them.</summary>
public class RealCorpusBuildTests(ITestOutputHelper log)
{
    [Fact]
    public async Task TheRealCorpusBuildsWithAPagePerNonEmptyArticle()
    {
        if (RepoPaths.RealCorpus is not { } corpus)
        {
            log.WriteLine("skipped: ../shared/corpus/real is not present");
            return;
        }
        using var site = new TempSite(copySeed: false);
        foreach (var f in Directory.EnumerateFiles(corpus, "*.txt"))
            File.Copy(f, Path.Combine(site.Root, "seeds", Path.GetFileName(f)));

        var result = await site.BuildWithLibraryAsync();
        log.WriteLine($"exit {result.ExitCode}, {result.Articles} articles, {result.FilesWritten} files, {result.Warnings} warnings, {result.Errors} errors");

        Assert.InRange(result.ExitCode, 0, 1);
        var nonEmpty = Directory.EnumerateFiles(corpus, "*.txt").Count(f => !string.IsNullOrWhiteSpace(File.ReadAllText(f)));
        Assert.Equal(nonEmpty, result.Articles);
        var articlePages = Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories)
            .Count(f => HtmlPages.Load(f).QuerySelector("article.article") is not null);
        Assert.Equal(nonEmpty, articlePages);
        // Every diagnostic names a file a person can open: an article under seeds/ or a page of the output.
        Assert.All(result.Diagnostics, d => Assert.True(
            File.Exists(Path.Combine(site.Root, d.File)) || File.Exists(Path.Combine(site.Output, d.File)), $"{d} names no file"));
    }
}
