using System.Text.RegularExpressions;
using SiteGen.Build;
using SiteGen.Cli.Serve;
using SiteGen.Engine;
using SiteGen.Site;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Serve;

/// <summary>
/// The dev server keeps the build cache in memory between rebuilds and rebuilds from what its watcher saw; after any
/// sequence of edits, additions, renames and deletions the folder it serves must still be exactly what a clean build
/// (no cache, fresh folder) of the same sources gives, byte for byte, with the same diagnostics.
/// </summary>
public sealed class ServeEqualsCleanBuildTests(ITestOutputHelper output) : IAsyncLifetime
{
    // How long to wait for the watcher to start a rebuild after an edit, and for a rebuild to finish.
    private static readonly TimeSpan BuildLimit = TimeSpan.FromSeconds(30);
    // A burst of file operations may reach the watcher in more than one debounce window: once a rebuild has finished,
    // another that starts within this time is waited for too, so the comparison sees the state after all of them.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);
    private const int MaxSettlingBuilds = 10;

    private readonly TempSite _site = new(copyInput: true, copyTheme: true, copySeed: true);
    private DevServer _server = null!;

    public async Task InitializeAsync()
    {
        GeneratedCorpus.Write(_site.Seeds, 40);
        var log = new TestOutputWriter(output);
        using var cancel = new CancellationTokenSource(BuildLimit);
        _server = await DevServer.StartAsync(new DevServerOptions
        {
            Build = new BuildOptions { Root = _site.Root, Output = _site.Output },
            Port = 0,
            Log = log,
            Errors = log,
        }, cancel.Token);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _site.Dispose();
    }

    [Fact]
    public async Task Edits_through_the_server_give_the_same_site_as_a_clean_build()
    {
        await AssertSameAsClean();
        var seeds = Directory.GetFiles(_site.Seeds, "gen_*.txt").Order(StringComparer.Ordinal).ToArray();

        await Change(() => File.AppendAllText(seeds[3], "Paragraf tambahan yang baru ditulis.\n"));
        await Change(() => File.AppendAllText(seeds[3], "Dan satu lagi, segera sesudahnya.\n"));

        // A title (moves its URL) and a date (moves it in the archive), saved the way editors do: write and rename.
        await Change(() =>
        {
            RepositoryCopy.WriteAtomically(seeds[5], File.ReadAllText(seeds[5]).Replace("Laporan 5:", "Laporan baru lima:"));
            RepositoryCopy.WriteAtomically(seeds[6], File.ReadAllText(seeds[6]).Replace("date: 20", "date: 19"));
        });

        await Change(() => _site.Article("gen_new.txt", "Artikel baru", "2023-12-30", ["Rusia", "Jakarta"]));
        // Sections the classifier guesses are kept between rebuilds while what it learns from is the same: an article
        // that declares none, then an article that teaches it changing its section.
        await Change(() => _site.Article("gen_undeclared.txt", "Harga saham dan rupiah melemah di bursa", "2023-12-29", ["Bursa"]));
        await Change(() => File.WriteAllText(seeds[4], Regex.Replace(File.ReadAllText(seeds[4]), "section: .*", "section: Olahraga")));
        await Change(() => File.Move(seeds[7], Path.Combine(_site.Seeds, "gen_renamed.txt")));
        await Change(() => File.Delete(seeds[8]));
        // Back to a file the cache knew under another name, and an article that becomes unreadable as one.
        await Change(() => File.Move(Path.Combine(_site.Seeds, "gen_renamed.txt"), seeds[7]));
        await Change(() => File.WriteAllText(seeds[9], ""));

        var footer = Path.Combine(_site.Root, "theme", "partials", "footer.sbn");
        await Change(() => File.WriteAllText(footer, File.ReadAllText(footer).Replace("Umpan Atom", "Umpan berita")));
        var settings = Path.Combine(_site.Root, "input", "site.yml");
        await Change(() => File.WriteAllText(settings, File.ReadAllText(settings).Replace("pageSize: 20", "pageSize: 7")));
        await Change(() => File.AppendAllText(seeds[10], "Suntingan sesudah pengaturan berubah.\n"));
    }

    [Fact]
    public async Task Stopping_writes_the_cache_the_last_rebuild_left_for_the_next_command()
    {
        var seeds = Directory.GetFiles(_site.Seeds, "gen_*.txt").Order(StringComparer.Ordinal).ToArray();
        await Change(() => File.AppendAllText(seeds[2], "Paragraf tambahan.\n"));
        var options = _server.BuildOptions with { CacheHandOff = null };
        await _server.StopAsync();

        // A build from the cache file finds the output exactly as the server's last rebuild left it.
        var next = await SiteBuilder.BuildAsync(options);
        Assert.Equal(0, next.FilesWritten);
        Assert.Equal([new StepTiming("cache: nothing changed", next.Timings[0].Elapsed)], next.Timings);
    }

    /// <summary>Makes a change, waits for the rebuilds it causes, and compares the served folder with a clean build.</summary>
    private async Task Change(Action change)
    {
        var rebuilt = _server.NextBuildAsync();
        change();
        await rebuilt.WaitAsync(BuildLimit);
        // One save may cause a rebuild or two more (the watcher's events straddle a debounce); a server that goes on
        // rebuilding by itself is a failure to report, not a test that never ends.
        for (var extra = 0; ; extra++)
        {
            Assert.True(extra < MaxSettlingBuilds, $"the server was still rebuilding after {MaxSettlingBuilds} builds that nothing changed");
            var another = _server.NextBuildAsync();
            try
            {
                await another.WaitAsync(Settle);
            }
            catch (TimeoutException)
            {
                break;
            }
        }
        await AssertSameAsClean();
    }

    private Task AssertSameAsClean() => CleanBuild.AssertSameAsync(_server.BuildOptions, _server.LastBuild!, _site.Output);
}
