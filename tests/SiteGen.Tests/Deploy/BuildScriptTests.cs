using SiteGen.Tests.Support;

namespace SiteGen.Tests.Deploy;

/// <summary>
/// build.sh: its decisions are tested by sourcing it and calling its functions with a made-up environment (an old
/// dotnet, Netlify's variables); the whole script is run twice against a temporary site, as Netlify would run it.
/// The download of dotnet-install.sh itself cannot run here (no internet): a local stand-in takes its place.
/// </summary>
[Collection(ReleaseBuildCollection.Name)]
public class BuildScriptTests
{
    private static readonly string Script = Path.Combine(RepoPaths.Root, "build.sh");
    private static readonly string[] NetlifyVariables = ["URL", "DEPLOY_PRIME_URL", "CONTEXT", "SITEGEN_ROOT", "SITEGEN_OUTPUT", "SITEGEN_PAGEFIND"];

    private static Dictionary<string, string?> Clean(params (string Key, string Value)[] set)
    {
        var env = NetlifyVariables.ToDictionary(k => k, _ => (string?)null);
        foreach (var (key, value) in set) env[key] = value;
        return env;
    }

    private static Task<CliRun> Source(string commands, Dictionary<string, string?> env) =>
        // $0 is not the script, so its "run main only when executed" guard holds.
        ExternalProcess.RunAsync("bash", ["-c", $"source \"$1\"; {commands}", "build-sh-test", Script], TimeSpan.FromMinutes(1), RepoPaths.Root, env);

    [Theory]
    [InlineData(null, null, null, "")]
    [InlineData(null, "https://contoh.netlify.app", null, "https://contoh.netlify.app")]
    [InlineData("production", "https://contoh.netlify.app", "https://main--contoh.netlify.app", "https://contoh.netlify.app")]
    [InlineData("deploy-preview", "https://contoh.netlify.app", "https://deploy-preview-7--contoh.netlify.app", "https://deploy-preview-7--contoh.netlify.app")]
    [InlineData("branch-deploy", "https://contoh.netlify.app", "https://staging--contoh.netlify.app", "https://staging--contoh.netlify.app")]
    [InlineData("deploy-preview", "https://contoh.netlify.app", null, "https://contoh.netlify.app")]
    public async Task TheBaseUrlIsTheDeploysOwnAddress(string? context, string? url, string? primeUrl, string expected)
    {
        var env = Clean();
        env["CONTEXT"] = context;
        env["URL"] = url;
        env["DEPLOY_PRIME_URL"] = primeUrl;
        var run = await Source("deploy_base_url", env);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected, run.Output.Trim());
    }

    [Fact]
    public async Task ADotnet10OnThePathIsUsedAsItIs()
    {
        var temp = Directory.CreateTempSubdirectory("sitegen-buildsh-");
        try
        {
            var marker = Path.Combine(temp.FullName, "installer-ran");
            var installer = ExternalProcess.WriteScript(Path.Combine(temp.FullName, "dotnet-install.sh"), $"touch '{marker}'");
            var run = await Source("ensure_dotnet && dotnet --version", Clean(("DOTNET_INSTALL_SCRIPT", installer), ("HOME", temp.FullName)));
            Assert.Equal(0, run.ExitCode);
            Assert.StartsWith("10.", run.Output.Trim());
            Assert.False(File.Exists(marker), "the installer ran although dotnet 10 is installed");
        }
        finally { temp.Delete(recursive: true); }
    }

    [Fact]
    public async Task AnOlderDotnetGetsTheDotnet10SdkInstalledIntoTheHomeFolder()
    {
        var temp = Directory.CreateTempSubdirectory("sitegen-buildsh-");
        try
        {
            var home = Path.Combine(temp.FullName, "home");
            var fakeBin = Path.Combine(temp.FullName, "bin");
            ExternalProcess.WriteScript(Path.Combine(fakeBin, "dotnet"), "echo 8.0.404");
            var argsFile = Path.Combine(temp.FullName, "installer-args");
            // Stands in for Microsoft's dotnet-install.sh: records its arguments and "installs" an SDK 10 where told.
            var installer = ExternalProcess.WriteScript(Path.Combine(temp.FullName, "dotnet-install.sh"), $$"""
                echo "$@" > '{{argsFile}}'
                while [ $# -gt 0 ]; do if [ "$1" = --install-dir ]; then dir="$2"; fi; shift; done
                mkdir -p "$dir" && printf '#!/usr/bin/env bash\necho 10.0.100\n' > "$dir/dotnet" && chmod +x "$dir/dotnet"
                """);

            var env = Clean(("DOTNET_INSTALL_SCRIPT", installer), ("HOME", home), ("PATH", $"{fakeBin}:/usr/bin:/bin"));
            var run = await Source("ensure_dotnet && command -v dotnet && dotnet --version && echo \"root=$DOTNET_ROOT\"", env);

            Assert.True(run.ExitCode == 0, run.Error + run.Output);
            Assert.Equal($"--channel 10.0 --install-dir {home}/.dotnet --no-path", File.ReadAllText(argsFile).Trim());
            var lines = run.Output.Trim().Split('\n');
            Assert.Equal($"{home}/.dotnet/dotnet", lines[^3]);
            Assert.Equal("10.0.100", lines[^2]);
            Assert.Equal($"root={home}/.dotnet", lines[^1]);
        }
        finally { temp.Delete(recursive: true); }
    }

    [Fact]
    public async Task AnInstallThatLeavesNoDotnet10StopsTheBuildWithAMessage()
    {
        var temp = Directory.CreateTempSubdirectory("sitegen-buildsh-");
        try
        {
            var fakeBin = Path.Combine(temp.FullName, "bin");
            ExternalProcess.WriteScript(Path.Combine(fakeBin, "dotnet"), "echo 8.0.404");
            var installer = ExternalProcess.WriteScript(Path.Combine(temp.FullName, "dotnet-install.sh"), "exit 0");
            var env = Clean(("DOTNET_INSTALL_SCRIPT", installer), ("HOME", Path.Combine(temp.FullName, "home")), ("PATH", $"{fakeBin}:/usr/bin:/bin"));
            var run = await Source("ensure_dotnet", env); // build.sh runs under set -e: a failed step ends it
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("the .NET 10 SDK is still not available", run.Error);
        }
        finally { temp.Delete(recursive: true); }
    }

    /// <summary>A copy of the repository's npm files in a temporary "repository", and an npm that records its calls.</summary>
    private static (string Repo, string Bin, string Calls) NpmSandbox(DirectoryInfo temp, string npmBody)
    {
        var repo = Directory.CreateDirectory(Path.Combine(temp.FullName, "repo")).FullName;
        File.Copy(Path.Combine(RepoPaths.Root, "package.json"), Path.Combine(repo, "package.json"));
        File.Copy(Path.Combine(RepoPaths.Root, "package-lock.json"), Path.Combine(repo, "package-lock.json"));
        var bin = Path.Combine(temp.FullName, "bin");
        var calls = Path.Combine(temp.FullName, "npm-calls");
        ExternalProcess.WriteScript(Path.Combine(bin, "npm"), $"echo \"$PWD $*\" >> '{calls}'\n{npmBody}");
        return (repo, bin, calls);
    }

    private static string PinnedPagefind() =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "package.json")))
            .RootElement.GetProperty("dependencies").GetProperty("pagefind").GetString()!;

    [Fact]
    public async Task PagefindIsInstalledWithNpmCiWhenMissingAndLeftAloneWhenPinnedVersionIsThere()
    {
        var temp = Directory.CreateTempSubdirectory("sitegen-buildsh-");
        try
        {
            // Stands in for npm ci: installs the pinned version where Node looks for it.
            var (repo, bin, calls) = NpmSandbox(temp, $$"""
                mkdir -p node_modules/pagefind node_modules/.bin
                echo '{"version":"{{PinnedPagefind()}}"}' > node_modules/pagefind/package.json
                echo '#!/bin/sh' > node_modules/.bin/pagefind && chmod +x node_modules/.bin/pagefind
                """);
            var env = Clean(("PATH", $"{bin}:{Environment.GetEnvironmentVariable("PATH")}"));

            var first = await Source($"repo='{repo}'; ensure_pagefind", env);
            Assert.True(first.ExitCode == 0, first.Error);
            Assert.Equal($"{repo} ci --no-audit --no-fund --loglevel=error", File.ReadAllText(calls).Trim());

            var second = await Source($"repo='{repo}'; ensure_pagefind", env);
            Assert.Equal(0, second.ExitCode);
            Assert.Single(File.ReadAllLines(calls)); // the pinned version is there: no second install
        }
        finally { temp.Delete(recursive: true); }
    }

    [Fact]
    public async Task AFailedNpmCiOrNoNodeLeavesTheBuildGoingWithoutSearch()
    {
        var temp = Directory.CreateTempSubdirectory("sitegen-buildsh-");
        try
        {
            var (repo, bin, _) = NpmSandbox(temp, "echo 'npm ERR! network' >&2; exit 1");
            var failed = await Source($"repo='{repo}'; ensure_pagefind; echo carried-on",
                Clean(("PATH", $"{bin}:{Environment.GetEnvironmentVariable("PATH")}")));
            Assert.Equal(0, failed.ExitCode);
            Assert.Contains("npm ci failed, so the site is built without its search index", failed.Output);
            Assert.EndsWith("carried-on", failed.Output.Trim());

            // No node and no npm on the PATH at all: only the shell's own tools.
            var plain = Directory.CreateDirectory(Path.Combine(temp.FullName, "plain")).FullName;
            foreach (var tool in new[] { "bash", "dirname" })
                File.CreateSymbolicLink(Path.Combine(plain, tool), RequiredTool.OnPath(tool)!);
            var noNode = await Source($"repo='{repo}'; ensure_pagefind; echo carried-on", Clean(("PATH", plain)));
            Assert.Equal(0, noNode.ExitCode);
            Assert.Contains("Node.js is not installed, so the site is built without its search index", noNode.Output);
        }
        finally { temp.Delete(recursive: true); }
    }

    [Fact]
    public async Task ANetlifyProductionBuildUsesUrlForCanonicalLinks()
    {
        using var site = new TempSite();
        var run = await RunScript(Clean(("URL", "https://contoh.netlify.app"), ("CONTEXT", "production"),
            ("DEPLOY_PRIME_URL", "https://main--contoh.netlify.app"), ("SITEGEN_ROOT", site.Root)));
        Assert.True(run.ExitCode == 0, run.Output + run.Error);

        AssertCanonicalsStartWith(site.Output, "https://contoh.netlify.app/");
        Assert.Equal("https://contoh.netlify.app/2023/07/27/ngeri-rusia-dan-korut-bakal-perkuat-kerja-sama-pertahanan/",
            HtmlPages.Load(Path.Combine(site.Output, "2023", "07", "27", "ngeri-rusia-dan-korut-bakal-perkuat-kerja-sama-pertahanan", "index.html"))
                .QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        // Where the repository has Pagefind (always under CI, which runs npm ci), the deploy carries the search index.
        if (RequiredTool.InCi || File.Exists(RequiredTool.RepoPagefind))
            Assert.True(File.Exists(Path.Combine(site.Output, "pagefind", "pagefind-entry.json")), run.Output + run.Error);
    }

    [Fact]
    public async Task ADeployPreviewUsesDeployPrimeUrlAndTheOutputFolderItIsGiven()
    {
        using var site = new TempSite();
        var output = Path.Combine(site.Root, "elsewhere", "public");
        var run = await RunScript(Clean(("URL", "https://contoh.netlify.app"), ("CONTEXT", "deploy-preview"),
            ("DEPLOY_PRIME_URL", "https://deploy-preview-42--contoh.netlify.app"), ("SITEGEN_ROOT", site.Root), ("SITEGEN_OUTPUT", output)));
        Assert.True(run.ExitCode == 0, run.Output + run.Error);

        Assert.False(Directory.Exists(site.Output));
        AssertCanonicalsStartWith(output, "https://deploy-preview-42--contoh.netlify.app/");
    }

    private static Task<CliRun> RunScript(Dictionary<string, string?> env) =>
        ExternalProcess.RunAsync("bash", [Script, "--progress", "lines"], TimeSpan.FromMinutes(5), RepoPaths.Root, env);

    private static void AssertCanonicalsStartWith(string output, string baseUrl)
    {
        var pages = Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var canonical = HtmlPages.Load(page).QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            Assert.NotNull(canonical);
            Assert.StartsWith(baseUrl, canonical);
        }
    }
}
