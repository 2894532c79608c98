using SiteGen.Tests.Serve;

namespace SiteGen.Browser.Tests;

/// <summary>
/// The repository's pinned Pagefind (<c>npm ci</c> at the repository root puts it in node_modules/.bin). Like
/// <see cref="Chromium"/>: missing, the search tests skip with the command that installs it, except under CI, which
/// runs <c>npm ci</c> before the tests, so there a missing Pagefind is a failure.
/// </summary>
public static class PagefindTool
{
    public static string ExecutablePath { get; } = Path.Combine(RepositoryCopy.RepositoryRoot(), "node_modules", ".bin", "pagefind");

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>Skips the calling test when Pagefind is missing, or fails it when the CI variable is set.</summary>
    public static void RequireOrSkip()
    {
        if (IsInstalled) return;
        var message = $"Pagefind is not installed at {ExecutablePath}; install it with: npm ci (in {RepositoryCopy.RepositoryRoot()})";
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            throw new InvalidOperationException(message + " (CI is set, so the search tests may not be skipped)");
        Skip.If(true, message);
    }
}
