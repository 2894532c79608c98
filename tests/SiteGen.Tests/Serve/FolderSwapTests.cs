using System.Net;
using SiteGen.Build;
using SiteGen.Site;
using Xunit.Abstractions;

namespace SiteGen.Tests.Serve;

/// <summary>
/// The moment a build swaps the output folder, the folder is briefly not there. These tests stretch that moment to
/// half a second with a builder that moves the folder away and back, and check that requests falling into it wait
/// for the build instead of answering 404 (or 500).
/// </summary>
public sealed class FolderSwapTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task A_request_while_the_folder_is_away_waits_for_the_build()
    {
        using var site = RepositoryCopy.CopyOfRepository();
        var builds = 0;
        var folderAway = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<BuildResult> SlowSwap(BuildOptions options, CancellationToken cancellation)
        {
            if (Interlocked.Increment(ref builds) == 1) return await SiteBuilder.BuildAsync(options, cancellation);
            var aside = options.OutputPath + ".aside";
            Directory.Move(options.OutputPath, aside);
            folderAway.SetResult();
            await Task.Delay(Gap, cancellation);
            Directory.Move(aside, options.OutputPath);
            return new BuildResult(0, 1, 0, [], Gap);
        }

        await using var server = await TestServer.StartAsync(site, output, watch: false, builder: SlowSwap);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        server.RequestRebuild();
        await folderAway.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var page = http.GetAsync(new Uri(server.Url, "tentang/"));
        var missing = http.GetAsync(new Uri(server.Url, "tidak-ada/"));

        Assert.Equal(HttpStatusCode.OK, (await page).StatusCode);
        Assert.Contains("Tentang arsip ini", await (await page).Content.ReadAsStringAsync());
        // A page that is missing after the build too is a 404 with the theme's page.
        Assert.Equal(HttpStatusCode.NotFound, (await missing).StatusCode);
        Assert.Contains("<html", await (await missing).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_build_that_throws_is_reported_and_the_server_keeps_serving()
    {
        using var site = RepositoryCopy.CopyOfRepository();
        var builds = 0;
        async Task<BuildResult> CrashSecond(BuildOptions options, CancellationToken cancellation)
        {
            if (Interlocked.Increment(ref builds) == 2) throw new IOException("disk on fire");
            return await SiteBuilder.BuildAsync(options, cancellation);
        }

        await using var server = await TestServer.StartAsync(site, output, watch: false, builder: CrashSecond);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var next = server.NextBuildAsync();
        server.RequestRebuild();
        var result = await next.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("disk on fire", Assert.Single(result.Diagnostics).Message);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(server.Url)).StatusCode);
    }
}
