using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SiteGen.Build;
using SiteGen.Engine;
using SiteGen.Incremental;
using SiteGen.Preview;
using SiteGen.Reading;
using SiteGen.Site;

namespace SiteGen.Cli.Serve;

/// <summary>
/// <c>sitegen serve</c>'s server: builds the site, serves the output folder over HTTP on a loopback address, rebuilds
/// when sources change and tells open pages to reload. A failed rebuild leaves the last good site in place and shows
/// the error over the open pages instead. Start it with <see cref="StartAsync"/>, stop it with <see cref="StopAsync"/>.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private static readonly IReadOnlyList<string> ToolFolder = ["__sitegen"];
    private static readonly IReadOnlyList<string> EventsPath = ["__sitegen", "events"];
    private static readonly IReadOnlyList<string> ScriptPath = ["__sitegen", "reload.js"];
    // A save of a few articles is previewed; a checkout of many waits for its rebuild.
    private const int MaxPreviews = 8;
    // How long after the last build the in-memory cache is written to .sitegen-cache/ (see IdleCacheSaver).
    private static readonly TimeSpan CacheSaveDelay = TimeSpan.FromSeconds(2);

    private readonly DevServerOptions _options;
    private readonly WebApplication _app;
    private readonly BuildCoordinator _builds;
    private readonly LiveReload? _liveReload;
    private readonly SiteResponder _responder;
    private readonly PreviewOverlay _previewPages = new();
    // What the last build that made article pages left to preview an edited one from.
    private ArticlePreviews? _previews;
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _firstBuildDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    // Tells pages apart from an earlier run of the server, whose build numbers started at 1 too.
    private readonly string _runId = Guid.NewGuid().ToString("N")[..8];
    private readonly Lock _gate = new();
    private TaskCompletionSource<BuildResult> _nextBuild = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _sitesWritten;
    // What the collector had done when the last build ended: a rebuild's --timings say what it did since.
    private CollectorUse _collectorAtLastBuild = CollectorUse.Now();
    private BuildResult? _lastBuild;
    // The warnings already printed: a rebuild prints only the ones it adds, so the one a save brought is not lost among
    // thousands printed again (an archive of scraped news has a warning for every undated article).
    private HashSet<Diagnostic> _warningsShown = [];
    private readonly Lock _warningsGate = new();
    private SiteWatcher? _watcher;
    private IdleCacheSaver? _cacheSaver;
    private Task _buildLoop = Task.CompletedTask;
    private Task? _stopped;

    private DevServer(DevServerOptions options, WebApplication app)
    {
        _options = options;
        _app = app;
        BuildOptions = options.Build;
        _builds = new BuildCoordinator(c => options.Builder(BuildOptions, c), OnBuildFinished);
        _liveReload = options.LiveReload ? new LiveReload(SiteVersion(0)) : null;
        _responder = new SiteResponder(new SiteFiles(options.Build.OutputPath), _builds, _previewPages,
            preview => _liveReload is null ? null : ReloadScriptInjector.Tag(_liveReload.SiteVersion, preview));
        app.Run(HandleAsync);
    }

    /// <summary>Where the site is served, e.g. <c>http://127.0.0.1:5080/</c>; also the base URL the site is built with.</summary>
    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The options every build of this server uses (the given ones, with the server's URL as base URL).</summary>
    public BuildOptions BuildOptions { get; private set; }

    public string OutputPath => _options.Build.OutputPath;

    /// <summary>The result of the latest build, good or failed.</summary>
    public BuildResult? LastBuild
    {
        get
        {
            lock (_gate) return _lastBuild;
        }
    }

    /// <summary>How many browsers are listening for reloads right now.</summary>
    public int ReloadClients => _liveReload?.ClientCount ?? 0;

    /// <summary>
    /// Listens, runs the first build and starts watching. Throws <see cref="CannotListenException"/> when the address
    /// cannot be listened on (the port is taken, say), before anything is built.
    /// </summary>
    public static async Task<DevServer> StartAsync(DevServerOptions options, CancellationToken cancellation = default)
    {
        var address = ParseHost(options.Host);
        var app = CreateApp(address, options.Port);
        var server = new DevServer(options, app);
        try
        {
            await app.StartAsync(cancellation);
        }
        catch (Exception e)
        {
            await server.DisposeAsync();
            if (e is not (IOException or AddressInUseException or System.Net.Sockets.SocketException)) throw;
            var where = $"http://{HostForUrl(options.Host)}:{options.Port}/";
            var why = InChain<AddressInUseException>(e) is not null
                ? $"port {options.Port} is already in use; stop the other server or choose another port with --port"
                : (e.InnerException ?? e).Message;
            throw new CannotListenException($"cannot listen on {where}: {why}", e);
        }

        try
        {
            await server.BeginAsync(cancellation);
            return server;
        }
        catch
        {
            // Cancelled during the first build (Ctrl+C right after start): free the port before giving up.
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task BeginAsync(CancellationToken cancellation)
    {
        Url = new Uri($"http://{HostForUrl(_options.Host)}:{BoundPort(_app)}/");
        BuildOptions = _options.Build with { BaseUrl = Url.ToString(), SearchIndex = false };
        if (!BuildOptions.NoCache)
        {
            // Builds hand the cache to each other in memory; the file is written when the server is idle or stops.
            var handOff = BuildOptions.CacheHandOff ?? new BuildCacheHandOff();
            BuildOptions = BuildOptions with { CacheHandOff = handOff };
            _cacheSaver = new IdleCacheSaver(handOff, CacheSaveDelay, message => WriteLine(_options.Errors, $"warning: {message}"));
        }
        // Watching starts before the first build so an edit saved while it runs is not lost: it asks for one more build.
        if (_options.Watch && Directory.Exists(_options.Build.Root))
            _watcher = new SiteWatcher(Path.GetFullPath(_options.Build.Root), OutputPath, _options.Debounce, OnSourcesChanged);
        try
        {
            await _builds.BuildNowAsync(cancellation);
        }
        finally
        {
            // Requests held back for the first build go ahead even if it was cancelled; they find what is on disk.
            _firstBuildDone.TrySetResult();
        }
        // Runs without watching too, for RequestRebuild.
        _buildLoop = _builds.RunAsync(_stopping.Token);
    }

    /// <summary>Asks for a rebuild as a source change would (for callers that know better than the file watcher).</summary>
    public void RequestRebuild() => _builds.RequestBuild();

    /// <summary>Completes with the result of the next build that finishes after this call.</summary>
    public Task<BuildResult> NextBuildAsync()
    {
        lock (_gate) return _nextBuild.Task;
    }

    /// <summary>Stops at once: open event streams end, a running build is cancelled (the previous site stays), the port is freed.</summary>
    public Task StopAsync()
    {
        lock (_gate) return _stopped ??= StopOnceAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task StopOnceAsync()
    {
        await _stopping.CancelAsync();
        _watcher?.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _buildLoop;
        // No build runs any more: what the last one left goes to disk for the next command.
        _cacheSaver?.Dispose();
        _cacheSaver?.Save();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        try
        {
            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
            {
                response.Headers.Allow = "GET, HEAD";
                await SendTextAsync(context, StatusCodes.Status405MethodNotAllowed, "405 Method Not Allowed: the dev server only reads.");
                return;
            }

            // The raw target, not Request.Path: the server has already decoded and normalised the latter.
            var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "";
            if (!SafePath.TryParse(raw, out var path, out var reason))
            {
                await SendTextAsync(context, StatusCodes.Status400BadRequest, $"400 Bad Request: the path {reason}.");
                return;
            }

            if (path.StartsWith(ToolFolder))
            {
                await ServeToolAsync(context, path);
                return;
            }

            await _firstBuildDone.Task.WaitAsync(context.RequestAborted);
            await _responder.RespondAsync(context, path);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The browser went away; there is nobody to answer.
        }
    }

    private async Task ServeToolAsync(HttpContext context, SafePath path)
    {
        if (_liveReload is not null && path.StartsWith(EventsPath) && path.Segments.Count == EventsPath.Count && !path.IsFolder)
        {
            // HEAD gets the headers only: a stream without a body would otherwise stay open until the server stops.
            if (HttpMethods.IsHead(context.Request.Method)) context.Response.ContentType = "text/event-stream; charset=utf-8";
            else await _liveReload.StreamAsync(context, _stopping.Token);
            return;
        }
        if (_liveReload is not null && path.StartsWith(ScriptPath) && path.Segments.Count == ScriptPath.Count && !path.IsFolder)
        {
            var script = ReloadScript.Bytes;
            context.Response.ContentType = ContentTypes.For("reload.js");
            context.Response.ContentLength = script.Length;
            if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(script, context.RequestAborted);
            return;
        }
        await SendTextAsync(context, StatusCodes.Status404NotFound, "404 Not Found");
    }

    private void OnSourcesChanged(IReadOnlyList<string> paths)
    {
        var shown = string.Join(", ", paths.Take(3));
        var more = paths.Count > 3 ? $" and {paths.Count - 3} more" : "";
        WriteLine(_options.Log, $"changed: {shown}{more}");
        Preview(paths);
        _builds.RequestBuild();
    }

    /// <summary>
    /// Shows each edited article's page at once, made from its new text and what the last build decided about it
    /// (<see cref="ArticlePreviews"/>), while the rebuild runs; the pages showing it reload. Only when nothing but
    /// articles changed: a theme or settings change may alter every page, and an edit that changes more than an
    /// article's text has no preview.
    /// </summary>
    private void Preview(IReadOnlyList<string> paths)
    {
        if (_liveReload is null || !_options.Preview || Volatile.Read(ref _previews) is not { } previews) return;
        if (paths.Count > MaxPreviews || !paths.All(p => IsArticle(p) || IsGoneScratch(p))) return;
        // Taken before the files are read: any build that starts after it reads them as they are now, or later.
        var madeAt = _builds.Version;
        foreach (var path in paths.Where(IsArticle))
        {
            var clock = Stopwatch.StartNew();
            PreviewPage? page;
            try
            {
                page = previews.Of(path);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A template that fails on the new text: the rebuild reports it properly.
                page = null;
            }
            if (page is null) continue;
            _previewPages.Put(page.File, new PreviewOverlay.Page(page.Url, Encoding.UTF8.GetBytes(page.Html), madeAt));
            _liveReload.PagePreviewed(page.Url);
            WriteLine(_options.Log, string.Create(CultureInfo.InvariantCulture, $"previewed {path} in {clock.Elapsed.TotalMilliseconds:0} ms; rebuilding"));
        }
    }

    private static bool IsArticle(string path) =>
        path.StartsWith(SeedFiles.Folder + "/", StringComparison.Ordinal) && path.EndsWith(".txt", StringComparison.Ordinal);

    /// <summary>
    /// A file beside the articles that the build never reads and that is gone again: the temporary file an editor
    /// saves through and renames over the article (<c>uji.txt.saving</c>).
    /// </summary>
    private bool IsGoneScratch(string path) =>
        path.StartsWith(SeedFiles.Folder + "/", StringComparison.Ordinal) && !MetadataTable.FileNames.Contains(Path.GetFileName(path))
        && !File.Exists(Path.Combine(_options.Build.Root, path)) && !Directory.Exists(Path.Combine(_options.Build.Root, path));

    private void OnBuildFinished(BuildResult result, long started)
    {
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        TaskCompletionSource<BuildResult> finished;
        lock (_gate)
        {
            _lastBuild = result;
            finished = _nextBuild;
            _nextBuild = new TaskCompletionSource<BuildResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        // A build that found nothing to do made no pages: the last previews still describe the site.
        if (result.Previews is { } previews) Volatile.Write(ref _previews, previews);
        var superseded = _previewPages.TakeSupersededBy(started);

        // The open pages hear first; the terminal can wait the few milliseconds its lines take.
        if (result.ExitCode == 2)
        {
            _liveReload?.BuildFailed(FailureText(result));
            foreach (var d in result.Diagnostics) WriteLine(_options.Errors, d.ToString());
            WriteLine(_options.Log, $"build failed in {seconds} s; still serving the last good site. Fix the error and save to rebuild.");
        }
        else
        {
            var stand = superseded.Where(p => IsInOutput(p.File, p.Page.Html)).Select(p => p.Page.Url).ToList();
            _liveReload?.SiteRebuilt(SiteVersion(Interlocked.Increment(ref _sitesWritten)), stand);
            var repeated = PrintNewDiagnostics(result);
            var warnings = Counted.Of(result.Warnings, "warning") + (repeated > 0 ? $" ({repeated} as before, not printed again)" : "");
            WriteLine(_options.Log, $"built in {seconds} s: {Counted.Of(result.Articles, "article")}, {Counted.Of(result.FilesWritten, "file")}, {warnings}, {Counted.Of(result.Errors, "error")}");
        }
        if (_options.Timings)
        {
            foreach (var t in result.Timings)
                WriteLine(_options.Log, string.Create(CultureInfo.InvariantCulture, $"  {t.Elapsed.TotalMilliseconds,8:0} ms  {t.Step}"));
            var collector = CollectorUse.Now();
            WriteLine(_options.Log, collector.Since(_collectorAtLastBuild).Line(CollectorUse.Settings()));
            _collectorAtLastBuild = collector;
        }
        finished.TrySetResult(result);
        _cacheSaver?.BuildFinished();
    }

    /// <summary>Whether the output file <paramref name="file"/> holds exactly <paramref name="html"/>.</summary>
    private bool IsInOutput(string file, byte[] html)
    {
        try
        {
            var path = Path.Join(OutputPath, file);
            return new FileInfo(path).Length == html.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(html);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private string SiteVersion(int sitesWritten) => $"{_runId}-{sitesWritten}";

    /// <summary>Prints every error, and the warnings the last printed build did not have; returns how many warnings were left out.</summary>
    private int PrintNewDiagnostics(BuildResult result)
    {
        var repeated = 0;
        var shown = new HashSet<Diagnostic>();
        // Builds run one at a time, but their ends are reported outside the coordinator's lock.
        lock (_warningsGate)
        {
            foreach (var d in result.Diagnostics)
            {
                if (d.Severity == Severity.Warning)
                {
                    shown.Add(d);
                    if (_warningsShown.Contains(d))
                    {
                        repeated++;
                        continue;
                    }
                }
                WriteLine(_options.Errors, d.ToString());
            }
            _warningsShown = shown;
        }
        return repeated;
    }

    private static string FailureText(BuildResult result)
    {
        var text = new StringBuilder();
        foreach (var d in result.Diagnostics)
            if (d.Severity == Severity.Error) text.AppendLine(d.ToString());
        return text.Length == 0 ? "The build failed without saying why." : text.ToString().TrimEnd();
    }

    private static WebApplication CreateApp(IPAddress address, int port)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // Configuration comes from the tool's folder, never from the site being served; and nothing is watched
            // for configuration changes, which would put a recursive file watcher on the content root.
            ContentRootPath = AppContext.BaseDirectory,
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.Logging.ClearProviders();
        // The owner of the server (the serve command, a test) decides when it stops, not the host's own Ctrl+C handler.
        builder.Services.AddSingleton<IHostLifetime, OwnerControlledLifetime>();
        // Open event streams end when stopping begins; the rest gets two seconds, so Ctrl+C is never a long wait.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Long request lines reach SafePath, which answers 400, instead of Kestrel's 414.
            kestrel.Limits.MaxRequestLineSize = 64 * 1024;
            kestrel.Listen(address, port, listen => listen.Protocols = HttpProtocols.Http1);
        });
        return builder.Build();
    }

    private static IPAddress ParseHost(string host)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) return IPAddress.Loopback;
        var bare = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        if (IPAddress.TryParse(bare, out var address)) return address;
        throw new CannotListenException($"--host '{host}' is not an IP address or localhost");
    }

    private static string HostForUrl(string host)
    {
        var bare = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        return bare.Contains(':') ? $"[{bare}]" : bare;
    }

    private static int BoundPort(WebApplication app)
    {
        foreach (var url in app.Urls)
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri)) return uri.Port;
        throw new InvalidOperationException("the server started without an address");
    }

    private static T? InChain<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException)
            if (e is T found) return found;
        return null;
    }

    private static async Task SendTextAsync(HttpContext context, int status, string text)
    {
        var body = Encoding.UTF8.GetBytes(text + "\n");
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static void WriteLine(TextWriter writer, string line)
    {
        // Builds finish on pool threads while the command may be writing too; a TextWriter is not thread-safe.
        lock (writer) writer.WriteLine(line);
    }

    /// <summary>A host lifetime that does nothing: no console signal handlers, no start-up banner.</summary>
    private sealed class OwnerControlledLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
