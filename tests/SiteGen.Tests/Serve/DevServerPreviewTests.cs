using SiteGen.Build;
using SiteGen.Cli.Serve;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Serve;

/// <summary>
/// A save of an article's text shows on its page before the rebuild ends: a <c>preview</c> event for its URL, the page
/// served with the new text meanwhile (nothing written to the output), then the rebuild's page, which the
/// <c>reload</c> event says needs no reload where it is the preview byte for byte.
/// </summary>
public sealed class DevServerPreviewTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan EventLimit = TimeSpan.FromSeconds(15);
    private const string ArticlePath = $"/2023/12/31/{RepositoryCopy.EditedSlug}/";
    private const string Added = "paragraf tambahan ini ditulis <em>sesudah</em> pembangunan pertama.";

    private readonly RepositoryCopy _site = RepositoryCopy.CopyOfRepository(generatedArticles: 3);
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    // Rebuilds after the first wait here, so the test sees the preview before the rebuild can replace it.
    private readonly SemaphoreSlim _rebuildMayRun = new(0);
    private int _builds;
    private DevServer _server = null!;

    public async Task InitializeAsync() => _server = await TestServer.StartAsync(_site, output, builder: async (options, cancellation) =>
    {
        if (Interlocked.Increment(ref _builds) > 1) await _rebuildMayRun.WaitAsync(cancellation);
        return await SiteBuilder.BuildAsync(options, cancellation);
    });

    public async Task DisposeAsync()
    {
        _rebuildMayRun.Release(100);
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task An_edited_article_is_previewed_while_its_rebuild_waits_and_the_rebuild_makes_it_so()
    {
        using var events = await ConnectAsync();
        await events.Reader.WaitForAsync(LiveReload.Hello, EventLimit);

        _site.WriteGeneratedArticle(0, "Berita Uji Nomor 00", Added);
        var preview = await events.Reader.WaitForAsync(LiveReload.Preview, EventLimit);

        Assert.Equal(ArticlePath, preview.Data);
        var shown = HtmlPages.Parse(await GetStringAsync(ArticlePath));
        // Plain text, shown as written: the markup in it is text, not an element.
        Assert.Contains(shown.QuerySelectorAll("p"), p => p.TextContent == Added);
        Assert.Empty(shown.QuerySelectorAll("em"));
        Assert.NotNull(shown.QuerySelector("script[data-sitegen-preview]"));
        // The output folder still holds the last build's page: a preview is never written.
        var onDisk = await File.ReadAllTextAsync(Path.Combine(_site.OutputPath, "2023", "12", "31", RepositoryCopy.EditedSlug, "index.html"));
        Assert.DoesNotContain("sesudah", onDisk);

        _rebuildMayRun.Release();
        var reload = await events.Reader.WaitForAsync(LiveReload.Reload, EventLimit);

        // The rebuild made the page exactly as previewed: the reload tells the page showing the preview it may stay.
        Assert.Equal([ArticlePath], reload.Data.Split('\n').Skip(1));
        var built = HtmlPages.Parse(await GetStringAsync(ArticlePath));
        Assert.Null(built.QuerySelector("script[data-sitegen-preview]"));
        Assert.Contains(built.QuerySelectorAll("p"), p => p.TextContent == Added);
    }

    [Fact]
    public async Task A_theme_change_waits_for_the_rebuild()
    {
        using var events = await ConnectAsync();
        await events.Reader.WaitForAsync(LiveReload.Hello, EventLimit);
        var template = Path.Combine(_site.Root, "theme", "layouts", "article.sbn");
        var text = await File.ReadAllTextAsync(template);

        RepositoryCopy.WriteAtomically(template, text.Replace("<h1>{{ article.title }}</h1>", "<h1 class=\"baru\">{{ article.title }}</h1>"));
        _rebuildMayRun.Release();

        var first = await NextNamedAsync(events);
        Assert.Equal(LiveReload.Reload, first.Name);
        Assert.DoesNotContain("\n", first.Data);
        Assert.Contains("<h1 class=\"baru\">", await GetStringAsync(ArticlePath));
    }

    [Fact]
    public async Task A_new_title_at_the_same_url_is_previewed_too()
    {
        using var events = await ConnectAsync();
        await events.Reader.WaitForAsync(LiveReload.Hello, EventLimit);

        // The generated articles set their slug in front matter: a new title keeps the page where it is.
        _site.WriteGeneratedArticle(0, "Judul Yang Sudah Diubah");

        Assert.Equal(ArticlePath, (await events.Reader.WaitForAsync(LiveReload.Preview, EventLimit)).Data);
        Assert.Equal("Judul Yang Sudah Diubah", HtmlPages.Parse(await GetStringAsync(ArticlePath)).QuerySelector("h1")?.TextContent);
        _rebuildMayRun.Release();
        Assert.Equal([ArticlePath], (await events.Reader.WaitForAsync(LiveReload.Reload, EventLimit)).Data.Split('\n').Skip(1));
    }

    [Fact]
    public async Task With_previews_off_an_edit_waits_for_the_rebuild()
    {
        using var site = RepositoryCopy.CopyOfRepository(generatedArticles: 3);
        await using var server = await TestServer.StartAsync(site, output, preview: false);
        using var events = await EventStream.ConnectAsync(_http, server.Url);
        await events.Reader.WaitForAsync(LiveReload.Hello, EventLimit);

        site.WriteGeneratedArticle(0, "Berita Uji Nomor 00", Added);

        var first = await NextNamedAsync(events);
        Assert.Equal(LiveReload.Reload, first.Name);
        Assert.DoesNotContain("\n", first.Data);
    }

    private static async Task<ServerSentEventReader.Event> NextNamedAsync(EventStream events)
    {
        using var cancel = new CancellationTokenSource(EventLimit);
        return await events.Reader.NextAsync(cancel.Token);
    }

    private async Task<string> GetStringAsync(string path)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        return await _http.GetStringAsync(new Uri(_server.Url, path), cancel.Token);
    }

    private Task<EventStream> ConnectAsync() => EventStream.ConnectAsync(_http, _server.Url);
}
