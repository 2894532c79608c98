using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SiteGen.Browser.Tests;

/// <summary>
/// One test's headless Chromium. Every page it opens has bounded waits (<see cref="WaitLimitMs"/>), so a broken page
/// fails the test instead of hanging CI. Disposing closes the browser and Playwright's driver process.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>Bounds every Playwright wait and navigation.</summary>
    public const float WaitLimitMs = 15_000;

    private static readonly ViewportSize Viewport = new() { Width = 1100, Height = 720 };

    private readonly ITestOutputHelper _output;

    private BrowserSession(IPlaywright playwright, IBrowser browser, ITestOutputHelper output)
    {
        Playwright = playwright;
        Browser = browser;
        _output = output;
    }

    public IPlaywright Playwright { get; }
    public IBrowser Browser { get; }

    public static async Task<BrowserSession> StartAsync(ITestOutputHelper output)
    {
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        try
        {
            return new BrowserSession(playwright, await Chromium.LaunchAsync(playwright), output);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A page in a context of its own, so a page without JavaScript does not share state with one with it.</summary>
    public async Task<(IPage Page, PageProblems Problems)> NewPageAsync(bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewport, JavaScriptEnabled = javaScript });
        context.SetDefaultTimeout(WaitLimitMs);
        context.SetDefaultNavigationTimeout(WaitLimitMs);
        var page = await context.NewPageAsync();
        return (page, await PageProblems.WatchAsync(page, _output));
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
    }
}
