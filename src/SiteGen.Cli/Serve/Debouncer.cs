namespace SiteGen.Cli.Serve;

/// <summary>
/// Collects changed paths and reports them once things have been quiet for <c>delay</c>. An editor's save (write a
/// temporary file, rename it over the old one) or a <c>git checkout</c> of many files is a burst of events that must
/// become one rebuild, not one per event.
/// </summary>
public sealed class Debouncer : IDisposable
{
    private readonly TimeSpan _delay;
    private readonly Action<IReadOnlyList<string>> _quiet;
    private readonly Lock _gate = new();
    private readonly Timer _timer;
    private SortedSet<string> _changed = new(StringComparer.Ordinal);
    private bool _disposed;

    /// <param name="quiet">Called on a pool thread with the paths changed since the last call, in ordinal order.</param>
    public Debouncer(TimeSpan delay, Action<IReadOnlyList<string>> quiet)
    {
        _delay = delay;
        _quiet = quiet;
        _timer = new Timer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Add(string path)
    {
        lock (_gate)
        {
            if (_disposed) return;
            _changed.Add(path);
            // Every event restarts the wait, so the report comes after the burst has ended.
            _timer.Change(_delay, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer.Dispose();
        }
    }

    private void Fire()
    {
        SortedSet<string> changed;
        lock (_gate)
        {
            if (_disposed || _changed.Count == 0) return;
            changed = _changed;
            _changed = new SortedSet<string>(StringComparer.Ordinal);
        }
        _quiet([.. changed]);
    }
}
