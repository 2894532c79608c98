using System.Collections.Concurrent;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SiteGen.Cli.Serve;

/// <summary>
/// The Server-Sent Events hub browsers listen to. Every client first gets <c>hello</c> with the version of the site
/// being served (so a page that missed a rebuild while disconnected reloads itself), then the current build error if
/// there is one, then each <c>reload</c> or <c>build-error</c> as builds finish, and a <c>preview</c> when an edited
/// article's page can be shown before its rebuild ends (only the pages at that URL reload).
/// </summary>
public sealed class LiveReload
{
    public const string EventsPath = "/__sitegen/events";
    public const string Reload = "reload";
    public const string BuildError = "build-error";
    public const string Hello = "hello";
    public const string Preview = "preview";

    // Events are rare (one per build); a client that falls this far behind only needs the newest ones.
    private const int ClientQueueLength = 8;

    private readonly ConcurrentDictionary<long, Channel<ServerSentEvent>> _clients = new();
    // Guards the state below together with queueing, so a client that connects during a broadcast sees each event once.
    private readonly Lock _gate = new();
    private long _nextClient;
    private string _siteVersion;
    private ServerSentEvent? _failure;

    public LiveReload(string siteVersion) => _siteVersion = siteVersion;

    /// <summary>The version of the site being served; changes with every build that wrote the site.</summary>
    public string SiteVersion
    {
        get
        {
            lock (_gate) return _siteVersion;
        }
    }

    public int ClientCount => _clients.Count;

    /// <summary>
    /// A build wrote a new site: every page reloads, and any error overlay goes with the old page; except a page that
    /// shows a preview the build made byte for byte the same (<paramref name="previewsThatStand"/>, URL paths, listed
    /// one a line after the version), which would only reload into itself.
    /// </summary>
    public void SiteRebuilt(string siteVersion, IReadOnlyList<string> previewsThatStand)
    {
        lock (_gate)
        {
            _siteVersion = siteVersion;
            _failure = null;
            Broadcast(new ServerSentEvent(Reload, string.Join('\n', [siteVersion, .. previewsThatStand])));
        }
    }

    /// <summary>An edited article's page at <paramref name="url"/> (a URL path) has a preview: the pages showing it reload.</summary>
    public void PagePreviewed(string url)
    {
        lock (_gate) Broadcast(new ServerSentEvent(Preview, url));
    }

    /// <summary>A build failed; the last good site is still served, and pages show <paramref name="message"/> over it.</summary>
    public void BuildFailed(string message)
    {
        lock (_gate)
        {
            _failure = new ServerSentEvent(BuildError, message);
            Broadcast(_failure);
        }
    }

    /// <summary>Streams events to one browser until it goes away or <paramref name="stopping"/> fires.</summary>
    public async Task StreamAsync(HttpContext context, CancellationToken stopping)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        // Proxies such as nginx would otherwise hold events back.
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var queue = Channel.CreateBounded<ServerSentEvent>(new BoundedChannelOptions(ClientQueueLength)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var id = Interlocked.Increment(ref _nextClient);
        lock (_gate)
        {
            queue.Writer.TryWrite(new ServerSentEvent(Hello, _siteVersion));
            if (_failure is not null) queue.Writer.TryWrite(_failure);
            _clients[id] = queue;
        }

        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            // How long the browser waits before reconnecting after the server went away (e.g. a restart).
            await WriteAsync(response, "retry: 1000\n\n", done.Token);
            await foreach (var e in queue.Reader.ReadAllAsync(done.Token))
                await WriteAsync(response, e.ToWireFormat(), done.Token);
        }
        catch (OperationCanceledException)
        {
            // The browser closed the page, or the server is stopping: both end the stream normally.
        }
        catch (IOException)
        {
            // The connection broke while writing.
        }
        finally
        {
            _clients.TryRemove(id, out _);
        }
    }

    private void Broadcast(ServerSentEvent e)
    {
        foreach (var client in _clients.Values) client.Writer.TryWrite(e);
    }

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellation)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellation);
        await response.Body.FlushAsync(cancellation);
    }
}
