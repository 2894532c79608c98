using System.Collections.Concurrent;

namespace SiteGen.Engine;

/// <summary>
/// A table by key that every output phase puts into at once and that is read once they are done (the output's
/// entries, each page's links). Puts are queued without a lock and gathered into the table a batch at a time and when
/// it is read; a later put of a key replaces an earlier one.
/// </summary>
/// <remarks>
/// A <see cref="ConcurrentDictionary{TKey,TValue}"/> took the puts before: in a rebuild after one edit, where nearly
/// every one of 14,000 pages is kept as it was, the writing threads spent more time waiting on its locks than putting
/// (87 ms of CPU a dev server rebuild at 10,000 articles for the output's entries alone, by trace).
/// </remarks>
internal sealed class GatheredTable<TValue>
{
    /// <summary>How many puts wait in the queue before the thread that makes one more gathers them, if no other is.</summary>
    internal const int Batch = 1024;

    private readonly ConcurrentQueue<KeyValuePair<string, TValue>> _puts = new();
    private readonly Dictionary<string, TValue> _table;
    private readonly Lock _gathering = new();
    private int _queued;

    /// <summary>Puts not gathered yet.</summary>
    internal int Queued => Volatile.Read(ref _queued);

    public GatheredTable(int capacity = 0) => _table = new Dictionary<string, TValue>(capacity, StringComparer.Ordinal);

    /// <summary>
    /// Makes room for <paramref name="count"/> keys at once, so the table is not grown by doubling on the way (with
    /// the arrays it outgrew alive while it copies): call it before the puts, when their number is known.
    /// </summary>
    public void Reserve(int count)
    {
        lock (_gathering) _table.EnsureCapacity(count);
    }

    /// <remarks>
    /// The queue is gathered a batch at a time by whichever thread finds it full and the table free, and the others go
    /// on queueing: a queue of every put until the end held each twice over (its segments double) next to the table
    /// made from it, 17 MB of 100,000 articles' output entries and links at the end of the writing, the build's peak.
    /// </remarks>
    public void Put(string key, TValue value)
    {
        _puts.Enqueue(new KeyValuePair<string, TValue>(key, value));
        if (Interlocked.Increment(ref _queued) < Batch || !_gathering.TryEnter()) return;
        try
        {
            Gather();
        }
        finally
        {
            _gathering.Exit();
        }
    }

    /// <summary>
    /// Every key with its last value put so far. The same table each time, brought up to date with what was put since
    /// the last read: read it when the puts are done, not while another thread reads it.
    /// </summary>
    public IReadOnlyDictionary<string, TValue> Table
    {
        get
        {
            lock (_gathering)
            {
                Gather();
                return _table;
            }
        }
    }

    // Under the lock. Puts leave the queue in the order they entered it, so a later put of a key still wins.
    private void Gather()
    {
        while (_puts.TryDequeue(out var put))
        {
            _table[put.Key] = put.Value;
            Interlocked.Decrement(ref _queued);
        }
    }
}
