using SiteGen.Cli.Serve;

namespace SiteGen.Tests.Serve;

public sealed class DevServerTimingsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Each_build_prints_its_step_timings_only_when_asked(bool timings)
    {
        using var site = RepositoryCopy.CopyOfRepository();
        var text = new StringWriter();
        var options = new DevServerOptions { Build = site.BuildOptions(), Port = 0, Watch = false, Timings = timings, Log = TextWriter.Synchronized(text) };
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using (var server = await DevServer.StartAsync(options, cancel.Token))
        {
            var rebuilt = server.NextBuildAsync();
            var article = Directory.EnumerateFiles(Path.Combine(site.Root, "seeds"), "*.txt").Order(StringComparer.Ordinal).First();
            File.AppendAllText(article, "Paragraf tambahan.\n");
            server.RequestRebuild();
            await rebuilt.WaitAsync(TimeSpan.FromSeconds(60));
        }

        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).ToArray();
        var timed = lines.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s+\d+ ms  \S")).ToArray();
        if (!timings)
        {
            Assert.Empty(timed);
            return;
        }
        // Both builds, the first and the rebuild after an edit, each list their steps after their "built in" line.
        Assert.Equal(2, timed.Count(l => l.EndsWith("ms  Articles.Process", StringComparison.Ordinal)));
        Assert.Equal(2, timed.Count(l => l.EndsWith("ms  cache: load and hash inputs", StringComparison.Ordinal)));
        var firstBuilt = Array.FindIndex(lines, l => l.StartsWith("built in ", StringComparison.Ordinal));
        Assert.True(firstBuilt >= 0 && lines[firstBuilt + 1].EndsWith("ms  cache: load and hash inputs", StringComparison.Ordinal), string.Join("\n", lines));
    }
}
