using System.Net;
using System.Text;
using SiteGen.Cli.Serve;
using Xunit.Abstractions;

namespace SiteGen.Tests.Serve;

public sealed class DevServerPageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly RepositoryCopy _site = RepositoryCopy.CopyOfRepository();
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };
    private DevServer _server = null!;

    public async Task InitializeAsync() => _server = await TestServer.StartAsync(_site, output, watch: false);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task Serves_the_home_page_built_for_its_own_url()
    {
        var response = await _http.GetAsync(_server.Url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains($"<link rel=\"canonical\" href=\"{_server.Url}\">", html);
        Assert.StartsWith("http://127.0.0.1:", _server.Url.ToString());
        Assert.NotEqual(0, _server.Url.Port);
    }

    [Fact]
    public async Task Adds_the_reload_script_to_responses_but_never_to_files_on_disk()
    {
        var html = await _http.GetStringAsync(new Uri(_server.Url, "tentang/"));
        var onDisk = await File.ReadAllTextAsync(Path.Combine(_site.OutputPath, "tentang", "index.html"));

        Assert.Matches("<script src=\"/__sitegen/reload.js\" data-sitegen-build=\"[0-9a-f]+-1\" defer></script></body>", html);
        Assert.DoesNotContain("__sitegen", onDisk);
        foreach (var file in Directory.EnumerateFiles(_site.OutputPath, "*", SearchOption.AllDirectories))
            Assert.DoesNotContain("__sitegen", await File.ReadAllTextAsync(file));

        var script = await _http.GetAsync(new Uri(_server.Url, ReloadScriptInjector.ScriptPath));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("application/javascript; charset=utf-8", script.Content.Headers.ContentType?.ToString());
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_live_reload_pages_are_served_as_built()
    {
        await using var plain = await TestServer.StartAsync(_site, output, watch: false, liveReload: false);
        var html = await _http.GetStringAsync(plain.Url);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(_site.OutputPath, "index.html")), html);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(new Uri(plain.Url, "__sitegen/events"))).StatusCode);
    }

    [Fact]
    public async Task Folder_urls_serve_their_index_and_redirect_without_the_slash()
    {
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(new Uri(_server.Url, "tentang/"))).StatusCode);

        var redirect = await _http.GetAsync(new Uri(_server.Url, "tentang?x=1"));
        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal("/tentang/?x=1", redirect.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Missing_pages_get_the_themes_404_page_with_status_404()
    {
        var response = await _http.GetAsync(new Uri(_server.Url, "tidak/ada/"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var themePage = await File.ReadAllTextAsync(Path.Combine(_site.OutputPath, "404.html"));
        Assert.Contains(themePage[..themePage.IndexOf("</body>", StringComparison.Ordinal)], html);
        Assert.Contains("/__sitegen/reload.js", html);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("pagefind/pagefind.en_1234.pf_meta", "application/octet-stream")]
    [InlineData("pagefind/index/en_5678.pf_index", "application/octet-stream")]
    [InlineData("pagefind/fragment/en_9abc.pf_fragment", "application/octet-stream")]
    [InlineData("pagefind/wasm.en.pagefind", "application/octet-stream")]
    [InlineData("pagefind/pagefind.js", "application/javascript; charset=utf-8")]
    [InlineData("feed.xml", "application/xml; charset=utf-8")]
    [InlineData("sitemap.xml", "application/xml; charset=utf-8")]
    [InlineData("tag/rusia/feed.atom", "application/atom+xml; charset=utf-8")]
    [InlineData("robots.txt", "text/plain; charset=utf-8")]
    [InlineData("data/articles.json", "application/json; charset=utf-8")]
    [InlineData("images/logo.svg", "image/svg+xml; charset=utf-8")]
    [InlineData("images/photo.webp", "image/webp")]
    [InlineData("files/unknown.xyz", "application/octet-stream")]
    public async Task Files_get_their_content_type(string relative, string contentType)
    {
        // Files other engineers' pipelines will write (feeds, Pagefind): placed by hand, since the output is not watched.
        var bytes = Encoding.UTF8.GetBytes("content of " + relative);
        var path = Path.Combine(_site.OutputPath, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes);

        var response = await _http.GetAsync(new Uri(_server.Url, relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task The_stylesheet_is_css()
    {
        var css = Directory.EnumerateFiles(Path.Combine(_site.OutputPath, "assets"), "style.*.css").Single();
        var response = await _http.GetAsync(new Uri(_server.Url, "assets/" + Path.GetFileName(css)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(await File.ReadAllBytesAsync(css), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_answers_like_get_without_a_body_and_writes_are_refused()
    {
        var head = await RawHttp.SendAsync(_server.Url, "/tentang/", "HEAD");
        var get = await RawHttp.SendAsync(_server.Url, "/tentang/");
        Assert.Equal(200, head.Status);
        Assert.Equal(get.Header("Content-Length"), head.Header("Content-Length"));
        Assert.Empty(head.Body);

        // HEAD of the event stream answers at once instead of holding the connection open.
        var events = await RawHttp.SendAsync(_server.Url, LiveReload.EventsPath, "HEAD", TimeSpan.FromSeconds(5));
        Assert.Equal(200, events.Status);
        Assert.StartsWith("text/event-stream", events.Header("Content-Type"));

        var post = await _http.PostAsync(_server.Url, new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal("GET, HEAD", string.Join(", ", post.Content.Headers.Allow));
    }
}
