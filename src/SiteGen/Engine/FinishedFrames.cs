using System.Diagnostics;

namespace SiteGen.Engine;

/// <summary>
/// Leaves the frames a finished module's thread is still in. The await of a module that finished asynchronously goes
/// on synchronously, inside that module's own frames (and its pipeline's), which keep its input live: a collection made
/// from there keeps every document they hold.
/// </summary>
public static class FinishedFrames
{
    /// <summary>How long to wait at most for the old thread to return: it takes microseconds unless it was descheduled.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Goes on from a fresh thread-pool call, once the thread this was called on has returned from its frames. Going on
    /// elsewhere is not enough by itself: the pool starts the continuation on an idle thread within microseconds, while
    /// the old thread is still returning. At 250,000 articles the collection after the last page was written ran that
    /// early in each of three probed builds and kept every article's document (a 687 MiB heap after it, not 348).
    /// </summary>
    /// <remarks>A thread-pool thread counts its work item completed once it has returned from all of it
    /// (<see cref="ThreadPool.CompletedWorkItemCount"/>); any other thread (a caller's) is not waited for. Forced onto
    /// the thread pool, not posted to a caller's synchronisation context that may be blocked waiting.</remarks>
    public static async Task LeaveAsync()
    {
        var fromPool = Thread.CurrentThread.IsThreadPoolThread;
        var completed = ThreadPool.CompletedWorkItemCount;
        await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        if (!fromPool) return;
        var waited = Stopwatch.StartNew();
        var spinner = new SpinWait();
        while (ThreadPool.CompletedWorkItemCount == completed && waited.Elapsed < Patience) spinner.SpinOnce();
    }
}
