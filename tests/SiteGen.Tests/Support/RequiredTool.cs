using Xunit.Abstractions;

namespace SiteGen.Tests.Support;

/// <summary>
/// For tests that need an installed npm tool. Locally a missing tool makes the test return early with a message
/// saying how to install it; under CI (the CI variable set) it fails the test, so a forgotten install step cannot
/// pass as green.
/// </summary>
public static class RequiredTool
{
    public static bool InCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <returns>True when the tool is there and the test should go on.</returns>
    public static bool IsInstalled(string? path, string howToInstall, ITestOutputHelper log)
    {
        if (path is not null && File.Exists(path)) return true;
        var message = $"{path ?? "a tool"} is missing: {howToInstall}";
        if (InCi) Assert.Fail($"{message} (CI must install it before the tests)");
        log.WriteLine($"skipped: {message}");
        return false;
    }

    /// <summary>The full path of a program on PATH, or null.</summary>
    public static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);

    /// <summary>The repository's own Pagefind, from `npm ci` at the repository root.</summary>
    public static string RepoPagefind => Path.Combine(RepoPaths.Root, "node_modules", ".bin", "pagefind");
}
