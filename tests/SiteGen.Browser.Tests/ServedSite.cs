using Microsoft.Playwright;
using SiteGen.Cli.Serve;
using SiteGen.Tests.Serve;
using Xunit.Abstractions;

namespace SiteGen.Browser.Tests;

/// <summary>
/// One browser test's world: a temp copy of the site with 25 generated articles (so the home page has a second page),
/// a dev server for it on a free port, and a headless Chromium page. Everything is torn down on dispose.
/// </summary>
public sealed class ServedSite : IAsyncDisposable
{
    /// <summary>Bounds every Playwright wait, so a broken page fails the test instead of hanging CI.</summary>
    public const float WaitLimitMs = 15_000;

    // For the tests' own view of the server (its event stream), beside the browser's.
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    private ServedSite(RepositoryCopy site, DevServer server, IPlaywright playwright, IBrowser browser, IPage page)
    {
        Site = site;
        Server = server;
        Playwright = playwright;
        Browser = browser;
        Page = page;
    }

    public RepositoryCopy Site { get; }
    public DevServer Server { get; }
    public IPlaywright Playwright { get; }
    public IBrowser Browser { get; }
    public IPage Page { get; }

    /// <param name="builder">Builds the site in place of <see cref="SiteGen.Build.SiteBuilder.BuildAsync"/>, when a test must hold a rebuild back.</param>
    public static async Task<ServedSite> StartAsync(ITestOutputHelper output,
        Func<SiteGen.Site.BuildOptions, CancellationToken, Task<SiteGen.Build.BuildResult>>? builder = null)
    {
        var site = RepositoryCopy.CopyOfRepository(generatedArticles: 25);
        var log = new TestOutputWriter(output);
        using var starting = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var options = new DevServerOptions
        {
            Build = site.BuildOptions(),
            Port = 0,
            Log = log,
            Errors = log,
        };
        if (builder is not null) options = options with { Builder = builder };
        var server = await DevServer.StartAsync(options, starting.Token);
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 720 } });
        page.SetDefaultTimeout(WaitLimitMs);
        page.SetDefaultNavigationTimeout(WaitLimitMs);
        page.Console += (_, message) => log.WriteLine($"browser console: {message.Text}");
        return new ServedSite(site, server, playwright, browser, page);
    }

    /// <summary>Waits until the open page's live-reload script is connected, so the test knows edits will reach it.</summary>
    public async Task WaitForReloadClientAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMilliseconds(WaitLimitMs);
        while (Server.ReloadClients < 1)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the page's live-reload script never connected");
            await Task.Delay(20);
        }
    }

    /// <summary>Listens to the server's live-reload events as a page's script does, beside the page.</summary>
    public Task<EventStream> ConnectToEventsAsync() => EventStream.ConnectAsync(_http, Server.Url);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Server.DisposeAsync();
        Site.Dispose();
    }
}
