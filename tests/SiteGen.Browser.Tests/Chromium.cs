using Microsoft.Playwright;

namespace SiteGen.Browser.Tests;

/// <summary>
/// Debian's Chromium, driven by Playwright's bundled driver. No browser is ever downloaded (no <c>playwright install</c>):
/// where Chromium is missing the tests skip with the command that installs it, except under CI, where a missing
/// browser must fail rather than pass by skipping.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Skips the calling test when Chromium is missing, or fails it when the CI variable is set.</summary>
    public static void RequireOrSkip()
    {
        if (File.Exists(ExecutablePath)) return;
        var message = $"Chromium is not installed at {ExecutablePath}; install it with: apt-get install -y chromium";
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            throw new InvalidOperationException(message + " (CI is set, so browser tests may not be skipped)");
        Skip.If(true, message);
    }

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Args,
            Timeout = 30_000,
        });
}
