using System.Text;
using SiteGen.Incremental;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Incremental;

/// <summary>What the output folder guard does with what a killed build left beside the output.</summary>
public class OutputFolderTests
{
    [Fact]
    public async Task APreviousSiteLeftRetiredByAKilledSwapIsPutBackBeforeTheNextBuild()
    {
        using var site = new TempSite(copyTheme: true);
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var before = HtmlPages.Snapshot(site.Output);
        // A build killed between the two moves of the swap: the old site moved aside, the new one not yet in place.
        Directory.Move(site.Output, Path.Combine(site.Root, ".output.sitegen-retired-" + Guid.NewGuid().ToString("N")));
        // The next build fails (a template error) before it writes anything.
        site.WriteBytes("theme/partials/footer.sbn", Encoding.UTF8.GetBytes("{{ if }}"));

        Assert.Equal(2, (await site.BuildAsync()).ExitCode);

        Assert.Equal(before.Keys, HtmlPages.Snapshot(site.Output).Keys);
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.sitegen-*"));
    }

    [Fact]
    public async Task StagingFoldersOfAKilledBuildAreRemovedByTheNextOne()
    {
        using var site = new TempSite();
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var staging = Path.Combine(site.Root, ".output.sitegen-staging-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, OutputFolder.MarkerFile), "");
        var foreign = Path.Combine(site.Root, ".output.sitegen-staging-bukan-milik-kita");
        Directory.CreateDirectory(foreign); // no marker: not ours, so it stays

        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        Assert.False(Directory.Exists(staging));
        Assert.True(Directory.Exists(foreign));
    }

    [Fact]
    public async Task ASecondBuildOfAnOutputBeingBuiltIsRefusedAndLeavesTheFirstOnesStagingAlone()
    {
        using var site = new TempSite();
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var before = HtmlPages.Snapshot(site.Output);
        var first = OutputFolder.Prepare(site.Root, site.Output);

        var second = await site.BuildAsync();

        Assert.Equal(2, second.ExitCode);
        Assert.Contains($"--output: error: another sitegen is building into '{site.Output}'", second.Error);
        Assert.True(Directory.Exists(first.StagingPath));
        Assert.Equal(before, HtmlPages.Snapshot(site.Output));

        first.Abandon();
        first.Dispose();
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        // The lock file is there only while a build runs.
        Assert.False(File.Exists(Path.Combine(site.Root, ".output.sitegen-lock")));
    }

    /// <summary>The tool runs with .NET's implicit file locks turned off (its runtime settings): the lock must hold for a real
    /// <c>sitegen</c> process all the same.</summary>
    [Fact]
    public async Task ABuildInAnotherProcessIsRefusedWhileOneHoldsTheOutput()
    {
        if (OperatingSystem.IsMacOS()) return; // .NET has no file lock there; only builds in one process are kept apart
        using var site = new TempSite();
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var before = HtmlPages.Snapshot(site.Output);
        using (var first = OutputFolder.Prepare(site.Root, site.Output))
        {
            var other = await ExternalProcess.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "sitegen.dll"), "build", "--root", site.Root, "--progress", "none"],
                TimeSpan.FromMinutes(2));

            Assert.Equal(2, other.ExitCode);
            Assert.Contains($"--output: error: another sitegen is building into '{site.Output}'", other.Error);
            Assert.True(Directory.Exists(first.StagingPath));
            first.Abandon();
        }
        Assert.Equal(before, HtmlPages.Snapshot(site.Output));
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
    }

    /// <summary>
    /// An in-place update moves the output folder's own time even when it changes only a file deep inside: the dev
    /// server trusts its folder while that time is the one its last update left, so any other update must move it.
    /// </summary>
    [Fact]
    public void AnUpdateOfOneFileDeepInTheFolderMovesTheFoldersOwnTime()
    {
        using var site = TempSite.Empty();
        string[] produced = ["index.html", "2023/07/27/berita/index.html"];
        Update(site, produced, "lama");
        var longAgo = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Directory.SetLastWriteTimeUtc(site.Output, longAgo);

        Update(site, ["2023/07/27/berita/index.html"], "baru", produced);

        Assert.Equal("baru", File.ReadAllText(Path.Combine(site.Output, "2023/07/27/berita/index.html")));
        Assert.NotEqual(longAgo, Directory.GetLastWriteTimeUtc(site.Output));
    }

    /// <summary>Stages <paramref name="changed"/> with <paramref name="text"/> and brings the output to <paramref name="produced"/> in place.</summary>
    private static void Update(TempSite site, string[] changed, string text, string[]? produced = null)
    {
        using var folder = OutputFolder.Prepare(site.Root, site.Output);
        foreach (var file in changed)
        {
            var staged = Path.Combine(folder.StagingPath, file);
            Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
            File.WriteAllText(staged, text);
        }
        folder.UpdateInPlace(produced ?? changed);
    }
}
