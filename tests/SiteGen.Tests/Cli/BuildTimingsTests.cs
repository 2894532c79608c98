using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary><c>sitegen build --timings</c>: each step's time after the summary, then what the collector did.</summary>
public class BuildTimingsTests
{
    [Fact]
    public async Task TimingsListTheStepsAndEndWithTheCollectorsLine()
    {
        using var site = new TempSite();
        var run = await site.BuildAsync("--progress", "none", "--timings");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Trim().Split('\n').Select(l => l.TrimEnd()).ToArray();
        var summary = Array.FindIndex(lines, l => l.StartsWith("built into ", StringComparison.Ordinal));
        Assert.True(summary >= 0, run.Output);
        Assert.EndsWith("ms  cache: load and hash inputs", lines[summary + 1]);
        Assert.Contains(lines, l => l.EndsWith("ms  Articles.Process", StringComparison.Ordinal));
        Assert.Matches(@"^\s+\d+ ms  gc: paused \(\d+ gen0, \d+ gen1, \d+ gen2 collections; \d+ MiB allocated; .*gen0 budget.*\)$", lines[^1]);
    }

    [Fact]
    public async Task WithoutTimingsNoStepOrCollectorLineIsPrinted()
    {
        using var site = new TempSite();
        var run = await site.BuildAsync("--progress", "none");
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("gc: paused", run.Output);
        Assert.DoesNotContain("ms  Articles.Process", run.Output);
    }
}
