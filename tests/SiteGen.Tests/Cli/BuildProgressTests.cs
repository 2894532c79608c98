using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using SiteGen.Build;
using SiteGen.Cli.Progress;
using SiteGen.Incremental;
using SiteGen.Rendering;
using SiteGen.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

public class BuildProgressTests
{
    private static TempSite SiteWithArticles(int count)
    {
        var site = new TempSite();
        for (var i = 1; i <= count; i++)
            site.WriteSeed($"2024-01-{i:00}-berita.txt", $"Berita Nomor {i}\nJAKARTA - Paragraf pembuka berita nomor {i}.\n");
        return site;
    }

    [Fact]
    public async Task PlainModePrintsALineEveryTenPercentAndThenTheSummary()
    {
        using var site = SiteWithArticles(30);
        var run = await site.BuildAsync("--progress", "lines");
        Assert.Equal(0, run.ExitCode);

        var summary = Regex.Match(run.Output, @"^built into .*: 31 articles, (\d+) files written, 0 warnings, 0 errors in [\d.]+ s$", RegexOptions.Multiline);
        Assert.True(summary.Success, run.Output);
        var files = int.Parse(summary.Groups[1].Value);

        var lines = Regex.Matches(run.Error, @"^progress: +(\d+)% \((\d+)/(\d+) files written\)$", RegexOptions.Multiline);
        Assert.InRange(lines.Count, 8, 10); // one per ten percent; a step may hold two tenths when files are few
        var percents = lines.Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(percents.Order(), percents);
        Assert.Equal(percents.Distinct(), percents);
        Assert.All(percents.Zip(percents.Skip(1)), p => Assert.NotEqual(p.First / 10, p.Second / 10));
        Assert.Equal(100, percents[^1]);
        Assert.All(lines, m => Assert.Equal(files, int.Parse(m.Groups[3].Value))); // the total is known from the first file on
        Assert.Equal(files, int.Parse(lines[^1].Groups[2].Value));
    }

    [Fact]
    public async Task RedirectedOutputGetsPlainLinesByDefault()
    {
        using var site = SiteWithArticles(3);
        var run = await site.BuildAsync(); // the test's writers are not a terminal
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"(?m)^progress: 100% \(\d+/\d+ files written\)$", run.Error);
        Assert.DoesNotContain("\r", run.Error);
    }

    [Fact]
    public async Task NoneShowsNoProgress()
    {
        using var site = SiteWithArticles(3);
        var run = await site.BuildAsync("--progress", "none");
        Assert.DoesNotContain("progress:", run.Error);
    }

    [Theory]
    [InlineData(true, null, null, ProgressMode.Bar)]
    [InlineData(true, "true", null, ProgressMode.Lines)]
    [InlineData(true, null, "dumb", ProgressMode.Lines)]
    [InlineData(false, null, null, ProgressMode.Lines)]
    public void AutoIsABarOnlyOnAnInteractiveTerminalOutsideCi(bool toTerminal, string? ci, string? term, ProgressMode expected)
    {
        var env = new Dictionary<string, string?> { ["CI"] = ci, ["TERM"] = term };
        Assert.Equal(expected, ProgressModes.Resolve(ProgressMode.Auto, toTerminal, k => env.GetValueOrDefault(k)));
        Assert.Equal(ProgressMode.None, ProgressModes.Resolve(ProgressMode.None, toTerminal, k => env.GetValueOrDefault(k)));
    }

    [Fact]
    public void TheBarRedrawsAtMostTenTimesASecondAndAlwaysShowsTheEnd()
    {
        var time = new ManualTime();
        var output = new StringWriter();
        var bar = new ProgressBar(output, time);

        for (var i = 1; i <= 1000; i++) bar.Report(new BuildProgress(BuildStage.Writing, i, 1000)); // all within one instant
        Assert.Equal(2, bar.Redraws); // the first file and the last
        Assert.EndsWith("100% 1000/1000 files", output.ToString());

        var spaced = new ProgressBar(new StringWriter(), time);
        for (var i = 1; i <= 50; i++)
        {
            spaced.Report(new BuildProgress(BuildStage.Writing, i, 100));
            time.Advance(TimeSpan.FromMilliseconds(20));
        }
        Assert.InRange(spaced.Redraws, 10, 11); // one second of reports, 50 a second
    }

    [Fact]
    public void TheBarIsRedrawnInPlaceAndClearedAtTheEnd()
    {
        var time = new ManualTime();
        var output = new StringWriter();
        var bar = new ProgressBar(output, time);
        bar.Report(new BuildProgress(BuildStage.Writing, 5, 10));
        time.Advance(TimeSpan.FromSeconds(1));
        bar.Report(new BuildProgress(BuildStage.Writing, 3, 10)); // late report from a slower thread: ignored
        bar.Report(new BuildProgress(BuildStage.Writing, 10, 10));
        bar.Report(new BuildProgress(BuildStage.IndexingSearch, 10, 10));
        bar.Finish();

        var text = output.ToString();
        Assert.DoesNotContain("\n", text);
        Assert.Equal(5, text.Count(c => c == '\r')); // three draws, then the clearing, which starts and ends with one
        Assert.Contains(" 50% 5/10 files", text);
        Assert.DoesNotContain("3/10", text);
        Assert.Contains("indexing for search", text);
        Assert.EndsWith("\r", text);
    }

    [Fact]
    public async Task TheLibraryReportsEveryFileAgainstATotalKnownBeforeTheFirstIsWritten()
    {
        using var site = SiteWithArticles(12);
        var reports = new ConcurrentQueue<BuildProgress>();
        var result = await SiteBuilder.BuildAsync(new BuildOptions
        {
            Root = site.Root,
            DefaultTheme = new DirectoryThemeLayer(RepoPaths.Theme, "theme"),
            Progress = new Recorder(reports),
        });

        Assert.Equal(0, result.ExitCode);
        var writing = reports.Where(r => r.Stage == BuildStage.Writing).ToList();
        Assert.Equal(result.FilesWritten, writing.Count);
        Assert.Equal(Enumerable.Range(1, result.FilesWritten), writing.Select(r => r.FilesWritten).Order());
        Assert.All(writing, r => Assert.Equal(result.FilesWritten, r.FilesExpected));
    }

    private sealed class Recorder(ConcurrentQueue<BuildProgress> reports) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value) => reports.Enqueue(value);
    }

    /// <summary>A clock that moves only when told, so rate limits can be tested without waiting.</summary>
    private sealed class ManualTime : TimeProvider
    {
        private long _ticks;
        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
        public override long GetTimestamp() => _ticks;
        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
