using System.Net;
using SiteGen.Cli.Serve;
using Xunit.Abstractions;

namespace SiteGen.Tests.Serve;

/// <summary>Edits on disk reach open pages: a reload event after a good rebuild, a build-error event after a bad one.</summary>
public sealed class LiveReloadTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan EventLimit = TimeSpan.FromSeconds(15);

    private readonly RepositoryCopy _site = RepositoryCopy.CopyOfRepository(generatedArticles: 3);
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private DevServer _server = null!;

    public async Task InitializeAsync() => _server = await TestServer.StartAsync(_site, output);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    private Uri ArticleUrl => new(_server.Url, $"2023/12/31/{RepositoryCopy.EditedSlug}/");

    [Fact]
    public async Task Editing_an_article_sends_reload_and_the_page_has_the_new_title()
    {
        Assert.Contains("Berita Uji Nomor 00", await GetStringAsync(ArticleUrl));
        using var events = await ConnectAsync();
        var hello = await events.Reader.WaitForAsync(LiveReload.Hello, EventLimit);

        _site.WriteGeneratedArticle(0, "Judul Yang Sudah Diubah");
        var reload = await events.Reader.WaitForAsync(LiveReload.Reload, EventLimit);

        // The event's first line is the new build; lines after it name previewed pages it made as previewed.
        var build = reload.Data.Split('\n')[0];
        Assert.NotEqual(hello.Data, build);
        var html = await GetStringAsync(ArticleUrl);
        Assert.Contains("<h1>Judul Yang Sudah Diubah</h1>", html);
        Assert.Contains($"data-sitegen-build=\"{build}\"", html);
    }

    [Fact]
    public async Task New_deleted_and_renamed_files_rebuild_too()
    {
        using var events = await ConnectAsync();
        await events.Reader.WaitForAsync(LiveReload.Hello, EventLimit);
        var seeds = Path.Combine(_site.Root, "seeds");

        await File.WriteAllTextAsync(Path.Combine(seeds, "baru.txt"), "Berita Baru Sekali\nJAKARTA - Isi berita baru.\n");
        await events.Reader.WaitForAsync(LiveReload.Reload, EventLimit);
        Assert.Contains("Berita Baru Sekali", await GetStringAsync(_server.Url));

        File.Move(Path.Combine(seeds, "baru.txt"), Path.Combine(seeds, "baru.txt.bak"));
        await events.Reader.WaitForAsync(LiveReload.Reload, EventLimit);
        Assert.DoesNotContain("Berita Baru Sekali", await GetStringAsync(_server.Url));

        File.Delete(Path.Combine(seeds, "uji_002.txt"));
        await events.Reader.WaitForAsync(LiveReload.Reload, EventLimit);
        Assert.DoesNotContain("Berita Uji Nomor 02", await GetStringAsync(_server.Url));
    }

    [Fact]
    public async Task A_broken_template_keeps_the_last_good_site_and_reports_the_error_until_fixed()
    {
        using var events = await ConnectAsync();
        await events.Reader.WaitForAsync(LiveReload.Hello, EventLimit);
        var template = Path.Combine(_site.Root, "theme", "layouts", "article.sbn");
        var good = await File.ReadAllTextAsync(template);

        RepositoryCopy.WriteAtomically(template, good.Replace("<h1>{{ article.title }}</h1>", "<h1>{{ article.title </h1>"));
        var error = await events.Reader.WaitForAsync(LiveReload.BuildError, EventLimit);

        Assert.Contains("theme/layouts/article.sbn", error.Data);
        Assert.Equal(2, _server.LastBuild?.ExitCode);
        // The last good site is still there, whole.
        var page = await _http.GetAsync(ArticleUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<h1>Berita Uji Nomor 00</h1>", await page.Content.ReadAsStringAsync());

        // A page opened now learns about the error at once.
        using (var late = await ConnectAsync())
        {
            await late.Reader.WaitForAsync(LiveReload.Hello, EventLimit);
            Assert.Equal(error.Data, (await late.Reader.WaitForAsync(LiveReload.BuildError, EventLimit)).Data);
        }

        RepositoryCopy.WriteAtomically(template, good.Replace("<h1>{{ article.title }}</h1>", "<h1 class=\"fixed\">{{ article.title }}</h1>"));
        await events.Reader.WaitForAsync(LiveReload.Reload, EventLimit);
        Assert.Contains("<h1 class=\"fixed\">Berita Uji Nomor 00</h1>", await GetStringAsync(ArticleUrl));
    }

    [Fact]
    public async Task Settings_changes_rebuild()
    {
        using var events = await ConnectAsync();
        await events.Reader.WaitForAsync(LiveReload.Hello, EventLimit);
        var settings = Path.Combine(_site.Root, "input", "site.yml");

        RepositoryCopy.WriteAtomically(settings, (await File.ReadAllTextAsync(settings)).Replace("title: Arsip Berita iNews", "title: Arsip Uji Coba"));
        await events.Reader.WaitForAsync(LiveReload.Reload, EventLimit);

        Assert.Contains("<title>Arsip Uji Coba</title>", await GetStringAsync(_server.Url));
    }

    [Fact]
    public async Task Stopping_ends_open_event_streams()
    {
        using var events = await ConnectAsync();
        await events.Reader.WaitForAsync(LiveReload.Hello, EventLimit);

        var stopping = _server.StopAsync();
        await stopping.WaitAsync(TimeSpan.FromSeconds(5));
        await Assert.ThrowsAnyAsync<Exception>(() => events.Reader.NextAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token));
    }

    private async Task<string> GetStringAsync(Uri url)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        return await _http.GetStringAsync(url, cancel.Token);
    }

    private async Task<EventStream> ConnectAsync()
    {
        var events = await EventStream.ConnectAsync(_http, _server.Url);
        Assert.Equal("text/event-stream", events.MediaType);
        return events;
    }
}
