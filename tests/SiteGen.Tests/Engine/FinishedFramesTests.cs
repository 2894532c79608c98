using SiteGen.Engine;

namespace SiteGen.Tests.Engine;

/// <remarks>That a pool thread's frames are left before going on is measured, not tested: the wait ends when any work
/// item of the process completes, and a test host's own work does (bench/run.sh --scale; docs/benchmark.md).</remarks>
public class FinishedFramesTests
{
    [Fact]
    public async Task FromAThreadOutsideThePoolItGoesOnInThePool()
    {
        var wentOnInPool = new TaskCompletionSource<bool>();

        async Task GoOnElsewhere()
        {
            await FinishedFrames.LeaveAsync();
            wentOnInPool.SetResult(Thread.CurrentThread.IsThreadPoolThread);
        }

        var thread = new Thread(() => _ = GoOnElsewhere());
        thread.Start();
        thread.Join();

        Assert.True(await wentOnInPool.Task);
    }

    [Fact]
    public async Task FromAPoolThreadItGoesOnOnAnotherCall()
    {
        var callerWasDone = new TaskCompletionSource<bool>();
        var callerDone = false;

        async Task GoOnElsewhere()
        {
            await FinishedFrames.LeaveAsync();
            callerWasDone.SetResult(Volatile.Read(ref callerDone));
        }

        // Goes on in a later call, never inside the caller's: the caller's work item has come back by then, or is
        // still going on another thread.
        var sameThread = new TaskCompletionSource<bool>();
        ThreadPool.UnsafeQueueUserWorkItem(_ =>
        {
            var caller = Environment.CurrentManagedThreadId;
            _ = GoOnElsewhere().ContinueWith(_ => sameThread.SetResult(Environment.CurrentManagedThreadId == caller), TaskContinuationOptions.ExecuteSynchronously);
            Volatile.Write(ref callerDone, true);
        }, null);

        var wasDone = await callerWasDone.Task;
        Assert.True(wasDone || !await sameThread.Task);
    }
}
