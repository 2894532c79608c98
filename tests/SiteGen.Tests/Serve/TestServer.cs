using SiteGen.Build;
using SiteGen.Cli.Serve;
using SiteGen.Site;
using Xunit.Abstractions;

namespace SiteGen.Tests.Serve;

/// <summary>Starts a <see cref="DevServer"/> in this process on a free loopback port, logging into the test output.</summary>
public static class TestServer
{
    public static async Task<DevServer> StartAsync(
        RepositoryCopy site,
        ITestOutputHelper output,
        bool watch = true,
        bool liveReload = true,
        Func<BuildOptions, CancellationToken, Task<BuildResult>>? builder = null,
        bool preview = true)
    {
        var log = new TestOutputWriter(output);
        var options = new DevServerOptions
        {
            Build = site.BuildOptions(),
            Port = 0,
            Watch = watch,
            LiveReload = liveReload,
            Preview = preview,
            Log = log,
            Errors = log,
        };
        if (builder is not null) options = options with { Builder = builder };
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await DevServer.StartAsync(options, cancel.Token);
    }
}
