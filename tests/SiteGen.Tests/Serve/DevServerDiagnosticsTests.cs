using SiteGen.Cli.Serve;

namespace SiteGen.Tests.Serve;

/// <summary>
/// What the dev server prints after each build: every warning once, then only the warnings a rebuild adds, with a
/// count of the rest, so the one a save brought is not lost among the archive's thousands printed again.
/// </summary>
public sealed class DevServerDiagnosticsTests
{
    private const string Undated = "warning: no date found";

    [Fact]
    public async Task A_rebuild_prints_only_the_warnings_it_adds_and_counts_the_others()
    {
        using var site = RepositoryCopy.CopyOfRepository();
        var seeds = Path.Combine(site.Root, "seeds");
        File.WriteAllText(Path.Combine(seeds, "tanpa_tanggal.txt"), "Judul Tanpa Tanggal\nParagraf pertama tanpa tanggal apa pun.\n");
        var log = new StringWriter();
        var errors = new StringWriter();
        var options = new DevServerOptions { Build = site.BuildOptions(), Port = 0, Watch = false, Log = TextWriter.Synchronized(log), Errors = TextWriter.Synchronized(errors) };
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string[] afterFirst, afterSame, afterNew;
        await using (var server = await DevServer.StartAsync(options, cancel.Token))
        {
            afterFirst = Lines(errors);
            await RebuildAsync(server, () => File.AppendAllText(Path.Combine(seeds, "tanpa_tanggal.txt"), "Paragraf tambahan.\n"));
            afterSame = Lines(errors);
            await RebuildAsync(server, () => File.WriteAllText(Path.Combine(seeds, "juga_tanpa_tanggal.txt"), "Judul Lain Tanpa Tanggal\nParagraf lain.\n"));
            afterNew = Lines(errors);
        }

        Assert.Equal(["seeds/tanpa_tanggal.txt: " + Undated], afterFirst.Select(Start));
        // The same warning after a rebuild: not printed again, only counted.
        Assert.Equal(afterFirst, afterSame);
        // A new one: printed alone.
        Assert.Equal(["seeds/juga_tanpa_tanggal.txt: " + Undated], afterNew.Skip(afterSame.Length).Select(Start));
        var built = Lines(log).Where(l => l.StartsWith("built in ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, built.Length);
        Assert.EndsWith(", 1 warning, 0 errors", built[0]);
        Assert.EndsWith(", 1 warning (1 as before, not printed again), 0 errors", built[1]);
        Assert.EndsWith(", 2 warnings (1 as before, not printed again), 0 errors", built[2]);
    }

    private static async Task RebuildAsync(DevServer server, Action edit)
    {
        var rebuilt = server.NextBuildAsync();
        edit();
        server.RequestRebuild();
        await rebuilt.WaitAsync(TimeSpan.FromSeconds(60));
    }

    private static string[] Lines(StringWriter writer) => writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).ToArray();

    private static string Start(string line) => line[..(line.IndexOf(Undated, StringComparison.Ordinal) + Undated.Length)];
}
