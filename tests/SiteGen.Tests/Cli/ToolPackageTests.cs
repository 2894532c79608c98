using System.Reflection;
using SiteGen.Cli;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Cli;

/// <summary>
/// The tool as people get it: packed, installed from the package (offline, from a folder), run outside the
/// repository. `sitegen new` then `sitegen build` must work with the theme embedded in the tool.
/// </summary>
[Collection(ReleaseBuildCollection.Name)]
public sealed class ToolPackageTests(ITestOutputHelper log) : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("sitegen-tool-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public async Task ThePackedToolInstallsAndScaffoldsAndBuildsASiteAnywhere()
    {
        var version = typeof(SiteGenCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var work = _temp.FullName;
        var pack = Path.Combine(work, "nupkg");
        var tools = Path.Combine(work, "tools");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var packed = await ExternalProcess.RunAsync("dotnet", ["pack", Path.Combine(RepoPaths.Root, "src", "SiteGen.Cli"), "-c", "Release", "-o", pack],
            TimeSpan.FromMinutes(5), work);
        Assert.True(packed.ExitCode == 0, packed.Output + packed.Error);
        Assert.True(File.Exists(Path.Combine(pack, $"SiteGen.{version}.nupkg")), string.Join(", ", Directory.EnumerateFiles(pack)));
        log.WriteLine($"packed in {clock.Elapsed.TotalSeconds:0.0} s");

        // Only the package folder as a source: the install needs no network, and no other "SiteGen" can win.
        File.WriteAllText(Path.Combine(work, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{pack}" />
              </packageSources>
            </configuration>
            """);
        var installed = await ExternalProcess.RunAsync("dotnet",
            ["tool", "install", "--tool-path", tools, "--configfile", Path.Combine(work, "nuget.config"), "--add-source", pack, "SiteGen", "--version", version],
            TimeSpan.FromMinutes(2), work);
        Assert.True(installed.ExitCode == 0, installed.Output + installed.Error);
        log.WriteLine($"installed in {clock.Elapsed.TotalSeconds:0.0} s");

        var sitegen = Path.Combine(tools, "sitegen");
        var help = await ExternalProcess.RunAsync(sitegen, ["--help"], TimeSpan.FromMinutes(1), work);
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("sitegen new SITE-DIR", help.Output);
        Assert.Equal(version, (await ExternalProcess.RunAsync(sitegen, ["--version"], TimeSpan.FromMinutes(1), work)).Output.Trim());

        var created = await ExternalProcess.RunAsync(sitegen, ["new", "site"], TimeSpan.FromMinutes(1), work);
        Assert.True(created.ExitCode == 0, created.Error);
        var built = await ExternalProcess.RunAsync(sitegen, ["build", "--root", "site"], TimeSpan.FromMinutes(1), work,
            new Dictionary<string, string?> { ["SITEGEN_PAGEFIND"] = null });
        Assert.True(built.ExitCode == 0, built.Output + built.Error);
        log.WriteLine($"built in {clock.Elapsed.TotalSeconds:0.0} s: {built.Output.Trim()}");

        var output = Path.Combine(work, "site", "output");
        var article = Path.Combine(output, "2024", "05", "14", "perpustakaan-keliling-sambangi-desa-desa-di-lereng-merapi", "index.html");
        Assert.True(File.Exists(article), built.Output);
        // The theme came from inside the tool: the new site's theme/ holds only its README.
        Assert.Equal(["README.md"], Directory.EnumerateFiles(Path.Combine(work, "site", "theme")).Select(Path.GetFileName));
        Assert.Single(Directory.EnumerateFiles(Path.Combine(output, "assets"), "style.*.css"));
        Assert.Equal("Perpustakaan Keliling Sambangi Desa-Desa di Lereng Merapi", HtmlPages.Load(article).QuerySelector("h1")!.TextContent);

        // A small archive keeps the runtime's young-generation budget; asked for, the tool starts itself again with its own
        // (Linux only: CollectorBudget), and the build still runs to the end in the process that was started. Either way
        // the collector conserves memory as the tool's runtime settings ask (what keeps a large build's peak down).
        var small = await ExternalProcess.RunAsync(sitegen, ["build", "--root", "site", "--timings"], TimeSpan.FromMinutes(1), work,
            CollectorSettings(budget: null));
        Assert.True(small.ExitCode == 0, small.Output + small.Error);
        Assert.Contains("the runtime's gen0 budget, conserve memory 8)", small.Output);
        if (!OperatingSystem.IsLinux()) return;
        var budgeted = await ExternalProcess.RunAsync(sitegen, ["build", "--root", "site", "--timings"], TimeSpan.FromMinutes(1), work,
            CollectorSettings(budget: "on"));
        Assert.True(budgeted.ExitCode == 0, budgeted.Output + budgeted.Error);
        Assert.Contains("gen0 budget 0x1000000, conserve memory 8)", budgeted.Output);
        Assert.Single(budgeted.Output.Split('\n'), l => l.StartsWith("built into ", StringComparison.Ordinal));
    }

    /// <summary>The environment with the collector's settings left to the tool, but for <c>SITEGEN_GC_BUDGET</c>.</summary>
    private static Dictionary<string, string?> CollectorSettings(string? budget) => new()
    {
        ["SITEGEN_PAGEFIND"] = null, ["DOTNET_GCgen0size"] = null, ["DOTNET_GCConserveMemory"] = null, ["SITEGEN_GC_BUDGET"] = budget,
    };
}
