using System.Text.RegularExpressions;
using SiteGen.Build;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Build;

/// <summary>The built site of the 2,000 real articles, made once for the checks below.</summary>
public sealed class RealCorpusSite : IDisposable
{
    private readonly Lazy<Task<(TempSite Site, BuildResult Result)>> _built = new(BuildAsync);

    public Task<(TempSite Site, BuildResult Result)> Built => _built.Value;

    private static async Task<(TempSite, BuildResult)> BuildAsync()
    {
        var site = new TempSite(copySeed: false);
        foreach (var f in Directory.EnumerateFiles(RealCorpus.RequireFolder(), "*.txt"))
            File.Copy(f, Path.Combine(site.Seeds, Path.GetFileName(f)));
        return (site, await site.BuildLibraryAsync());
    }

    public void Dispose()
    {
        if (_built.IsValueCreated && _built.Value.IsCompletedSuccessfully) _built.Value.Result.Site.Dispose();
    }
}

/// <summary>
/// What a reader of the real corpus's site no longer sees (issue 13): mojibake, "Baca Juga" teasers, leads that start
/// with a dateline's dash, pages for title-only articles. Checked on every page of the built site.
/// </summary>
public partial class RealCorpusRepairTests(RealCorpusSite corpus, ITestOutputHelper log) : IClassFixture<RealCorpusSite>
{
    private static IEnumerable<string> Files(TempSite site, string pattern) =>
        Directory.EnumerateFiles(site.Output, pattern, SearchOption.AllDirectories);

    private static IEnumerable<AngleSharp.Dom.IDocument> ArticlePages(TempSite site) =>
        Files(site, "index.html").Select(HtmlPages.Load).Where(d => d.QuerySelector("article.article") is not null);

    [RealCorpusFact]
    public async Task NoPageShowsMojibakeOrAReplacementCharacter()
    {
        var (site, result) = await corpus.Built;
        log.WriteLine(result.Repairs.ToString());
        var found = new List<string>();
        foreach (var file in Files(site, "*.html").Concat(Files(site, "*.xml")))
        {
            // As a reader sees it: the theme writes some characters as references (Ä as &#196;).
            var text = System.Net.WebUtility.HtmlDecode(File.ReadAllText(file));
            foreach (Match m in Mojibake().Matches(text))
                found.Add($"{Path.GetRelativePath(site.Output, file)}: …{text.Substring(Math.Max(0, m.Index - 20), Math.Min(50, text.Length - Math.Max(0, m.Index - 20)))}…");
        }
        // The sources have no U+FFFD of their own, so none may appear at all.
        Assert.DoesNotContain(Directory.EnumerateFiles(RealCorpus.RequireFolder(), "*.txt"), f => File.ReadAllText(f).Contains('\uFFFD'));
        Assert.True(found.Count == 0, string.Join("\n", found.Take(20)));
    }

    [RealCorpusFact]
    public async Task NoArticleParagraphHoldsABacaJugaTeaser()
    {
        var (site, _) = await corpus.Built;
        var teasers = ArticlePages(site)
            .SelectMany(d => d.QuerySelectorAll(".article-body p").Select(p => p.TextContent))
            .Where(p => p.Contains("baca juga", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(teasers.Count == 0, string.Join("\n", teasers.Take(10)));
    }

    [RealCorpusFact]
    public async Task NoLeadSummaryOrDescriptionStartsWithADash()
    {
        var (site, _) = await corpus.Built;
        var starts = new List<string>();
        foreach (var file in Files(site, "index.html"))
        {
            var doc = HtmlPages.Load(file);
            var texts = doc.QuerySelectorAll(".article-body p:first-child, article.summary p")
                .Select(p => p.TextContent.Trim())
                .Append(doc.QuerySelector("meta[name=description]")?.GetAttribute("content") ?? "");
            starts.AddRange(texts.Where(t => t.Length > 0 && t[0] is '-' or '–' or '—' or ':' or ',').Select(t => $"{Path.GetRelativePath(site.Output, file)}: {t[..Math.Min(60, t.Length)]}"));
        }
        Assert.True(starts.Count == 0, string.Join("\n", starts.Distinct().Take(20)));
    }

    [RealCorpusFact]
    public async Task TitleOnlyArticlesGetNoPageAndAWarningEach()
    {
        var (site, result) = await corpus.Built;
        var blank = RealCorpus.Require().Entries.Where(e => e.Article is { Blank: true }).ToList();
        log.WriteLine($"{blank.Count} title-only articles: {string.Join(", ", blank.Select(e => e.FileName))}");
        Assert.NotEmpty(blank);
        var published = RealCorpus.Require().Entries.Where(e => e.Article is { Blank: false }).Select(e => e.Article!.Title).ToHashSet(StringComparer.Ordinal);
        var headings = ArticlePages(site).Select(d => d.QuerySelector("h1")!.TextContent).ToHashSet(StringComparer.Ordinal);
        foreach (var e in blank)
        {
            Assert.Contains(result.Diagnostics, d => d.File == "seeds/" + e.FileName && d.Message.Contains("left out of the site", StringComparison.Ordinal));
            if (!published.Contains(e.Article!.Title)) Assert.DoesNotContain(e.Article.Title, headings);
        }
    }

    // The marks of mojibake that issue 13 names: Mac Roman's ‚Ä, Windows-1252's â€, Ã before a continuation byte's
    // character, and U+FFFD.
    [GeneratedRegex("‚Ä|â€|Ã[\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|\uFFFD")]
    private static partial Regex Mojibake();
}
