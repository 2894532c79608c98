using System.Text.Json;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Deploy;

/// <summary>Netlify's own config resolver (@netlify/config, offline) reads netlify.toml without an error.</summary>
public class NetlifyConfigToolTests(ITestOutputHelper log)
{
    private static readonly string Tool = Path.Combine(RepoPaths.Root, "tests", "tools", "node_modules", ".bin", "netlify-config");

    [Fact]
    public async Task NetlifysResolverAcceptsTheConfigAndSeesTheBuildAndHeaders()
    {
        if (!RequiredTool.IsInstalled(Tool, "run tests/tools/install.sh (it installs @netlify/config 25.2.6)", log)) return;

        var config = Path.Combine(RepoPaths.Root, "netlify.toml");
        var run = await ExternalProcess.RunAsync(Tool, ["--offline", "--stable", "--config", config], TimeSpan.FromMinutes(1), workingDirectory: RepoPaths.Root);
        Assert.True(run.ExitCode == 0, $"netlify-config exited {run.ExitCode}: {run.Error}");

        using var json = JsonDocument.Parse(run.Output);
        var resolved = json.RootElement.GetProperty("config");
        Assert.Equal("bash build.sh", resolved.GetProperty("build").GetProperty("command").GetString());
        Assert.Equal(Path.Combine(RepoPaths.Root, "output"), resolved.GetProperty("build").GetProperty("publish").GetString());
        var headers = resolved.GetProperty("headers").EnumerateArray().Select(h => h.GetProperty("for").GetString()).ToList();
        Assert.Equal(["/*", "/assets/*"], headers);
    }
}
