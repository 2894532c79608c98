using System.Diagnostics;
using System.Threading.Channels;
using SiteGen.Build;
using SiteGen.Engine;

namespace SiteGen.Cli.Serve;

/// <summary>
/// Runs the site's builds one at a time and folds the requests that arrive during a build into one more build after
/// it. It also tells readers of the output folder whether a build may have changed the folder under them: requests
/// take a <see cref="Version"/> before looking a file up and ask <see cref="Unchanged"/> after a miss, so a file that
/// was missing only for the instant a build swapped the folder is looked up again instead of answered with 404.
/// </summary>
/// <remarks>
/// All it needs from a build is the <see cref="BuildResult"/>: whether the site was written, and the diagnostics.
/// How the build writes (everything staged and swapped, or only changed files) is the builder's business.
/// </remarks>
public sealed class BuildCoordinator
{
    private readonly Func<CancellationToken, Task<BuildResult>> _build;
    private readonly Action<BuildResult, long> _finished;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    // Capacity one, extra writes dropped: "another build is wanted" is a flag, not a queue.
    private readonly Channel<bool> _wanted = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });
    // Even while no build runs, odd while one does; every start and every end adds one.
    private long _version;
    private TaskCompletionSource _idle = CompletedSource();

    /// <param name="build">One build of the site.</param>
    /// <param name="finished">Called after each build, once the output folder is settled again, with the <see cref="Version"/>
    /// the build started at: a change seen before that stamp was taken is in what the build read.</param>
    public BuildCoordinator(Func<CancellationToken, Task<BuildResult>> build, Action<BuildResult, long> finished)
    {
        _build = build;
        _finished = finished;
    }

    /// <summary>A stamp to take before reading the output folder; see <see cref="Unchanged"/>.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>True when no build ran at any moment since <paramref name="version"/> was taken.</summary>
    public bool Unchanged(long version) => version % 2 == 0 && Interlocked.Read(ref _version) == version;

    /// <summary>Completes when no build is running (at once if none is), or when <paramref name="limit"/> has passed.</summary>
    public async Task WaitUntilIdleAsync(TimeSpan limit, CancellationToken cancellation)
    {
        var idle = Volatile.Read(ref _idle).Task;
        if (idle.IsCompleted) return;
        try
        {
            await idle.WaitAsync(limit, cancellation).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A very slow build: the caller answers from what is on disk now rather than keep a browser waiting.
        }
    }

    /// <summary>Asks for a build. Returns at once; many requests during one build lead to one more build, not many.</summary>
    public void RequestBuild() => _wanted.Writer.TryWrite(true);

    /// <summary>Builds now (after any running build) and returns the result; used for the first build.</summary>
    public async Task<BuildResult> BuildNowAsync(CancellationToken cancellation)
    {
        await _oneAtATime.WaitAsync(cancellation).ConfigureAwait(false);
        BuildResult result;
        long started;
        try
        {
            Volatile.Write(ref _idle, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            started = Interlocked.Increment(ref _version);
            try
            {
                result = await RunOneAsync(cancellation).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Increment(ref _version);
                Volatile.Read(ref _idle).TrySetResult();
            }
        }
        finally
        {
            _oneAtATime.Release();
        }
        _finished(result, started);
        return result;
    }

    /// <summary>Runs the requested builds until <paramref name="cancellation"/> fires.</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        try
        {
            await foreach (var _ in _wanted.Reader.ReadAllAsync(cancellation).ConfigureAwait(false))
                await BuildNowAsync(cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Stopping: a build cut short leaves the previous site in place.
        }
    }

    private async Task<BuildResult> RunOneAsync(CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return await _build(cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
        {
            // A crash in one build must not end the server: report it like a failed build and keep serving.
            var crash = Diagnostic.Error("(build)", $"the build crashed: {e.GetType().Name}: {e.Message}");
            return new BuildResult(2, 0, 0, [crash], clock.Elapsed);
        }
    }

    private static TaskCompletionSource CompletedSource()
    {
        var source = new TaskCompletionSource();
        source.SetResult();
        return source;
    }
}
