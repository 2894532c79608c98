using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Xunit.Abstractions;

namespace SiteGen.Tests.Serve;

/// <summary>
/// Many concurrent requests while the site is rebuilt over and over: every answer must be a whole 200 (for pages that
/// exist in every build) or 404 (for pages that never exist). A 500, a 404 for an existing page, or a body shorter
/// than its Content-Length would mean a request caught the output folder mid-swap.
/// </summary>
public sealed class LoadTests(ITestOutputHelper output)
{
    private const int Requests = 2_000;
    private const int Connections = 50;

    [Fact]
    public async Task Every_response_is_whole_while_rebuilds_swap_the_folder()
    {
        using var site = RepositoryCopy.CopyOfRepository(generatedArticles: 25);
        await using var server = await TestServer.StartAsync(site, output);
        var css = "assets/" + Path.GetFileName(Directory.EnumerateFiles(Path.Combine(site.OutputPath, "assets"), "style.*.css").Single());
        string[] existing = ["", "halaman/2/", "tentang/", $"2023/12/31/{RepositoryCopy.EditedSlug}/", "2023/12/30/berita-uji-01/", css, "404.html"];
        string[] missing = ["tidak-ada/", "halaman/99/", "assets/tidak-ada.css"];

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Connections, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var next = -1;

        // Rebuild back to back until the requests are done: edit an article on disk as a person would, and ask for
        // the build at once rather than after the watcher's quiet spell, so more swaps fall among the requests.
        using var requestsDone = new CancellationTokenSource();
        var rebuilds = 0;
        var rebuilder = Task.Run(async () =>
        {
            while (!requestsDone.IsCancellationRequested && !deadline.IsCancellationRequested)
            {
                var built = server.NextBuildAsync();
                site.WriteGeneratedArticle(0, $"Berita Uji Nomor 00 versi {rebuilds}");
                server.RequestRebuild();
                await built.WaitAsync(TimeSpan.FromSeconds(20));
                rebuilds++;
            }
        });

        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Connections).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < Requests && !deadline.IsCancellationRequested)
            {
                var exists = i % 4 != 3;
                var path = exists ? existing[i % existing.Length] : missing[i % missing.Length];
                var expected = exists ? HttpStatusCode.OK : HttpStatusCode.NotFound;
                try
                {
                    using var response = await http.GetAsync(new Uri(server.Url, path), deadline.Token);
                    var body = await response.Content.ReadAsByteArrayAsync(deadline.Token);
                    statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                    if (response.StatusCode != expected)
                        failures.Enqueue($"/{path}: {(int)response.StatusCode}, expected {(int)expected}");
                    else if (response.Content.Headers.ContentLength != body.Length)
                        failures.Enqueue($"/{path}: Content-Length {response.Content.Headers.ContentLength}, body {body.Length} bytes");
                    else if (response.Content.Headers.ContentType?.MediaType == "text/html" && !EndsLikeAPage(body))
                        failures.Enqueue($"/{path}: HTML cut short");
                }
                catch (Exception e) when (e is HttpRequestException or IOException)
                {
                    failures.Enqueue($"/{path}: {e.GetType().Name}: {e.Message}");
                }
            }
        })).ToArray();

        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        await requestsDone.CancelAsync();
        await rebuilder.WaitAsync(TimeSpan.FromSeconds(30));

        output.WriteLine($"{Requests} requests over {Connections} connections in {elapsed.TotalSeconds:0.0} s during {rebuilds} rebuilds; "
            + $"statuses: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
        Assert.False(deadline.IsCancellationRequested, "the load test ran out of time");
        Assert.Empty(failures.Take(20));
        Assert.Equal(Requests, statuses.Values.Sum());
        Assert.True(rebuilds >= 3, $"only {rebuilds} rebuilds overlapped the requests");
    }

    private static bool EndsLikeAPage(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body).TrimEnd();
        return text.EndsWith("</html>", StringComparison.OrdinalIgnoreCase);
    }
}
