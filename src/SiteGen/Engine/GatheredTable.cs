using System.Collections.Concurrent;

namespace SiteGen.Engine;

/// <summary>
/// A table by key that every output phase puts into at once and that is read once they are done (the output's
/// entries, each page's links). Puts are queued without a lock and gathered into the table when it is read; a later
/// put of a key replaces an earlier one.
/// </summary>
/// <remarks>
/// A <see cref="ConcurrentDictionary{TKey,TValue}"/> took the puts before: in a rebuild after one edit, where nearly
/// every one of 14,000 pages is kept as it was, the writing threads spent more time waiting on its locks than putting
/// (87 ms of CPU a dev server rebuild at 10,000 articles for the output's entries alone, by trace).
/// </remarks>
internal sealed class GatheredTable<TValue>
{
    private readonly ConcurrentQueue<KeyValuePair<string, TValue>> _puts = new();
    private readonly Dictionary<string, TValue> _table;
    private readonly Lock _gathering = new();

    public GatheredTable(int capacity = 0) => _table = new Dictionary<string, TValue>(capacity, StringComparer.Ordinal);

    public void Put(string key, TValue value) => _puts.Enqueue(new KeyValuePair<string, TValue>(key, value));

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
                // Grown once, not by doubling on the way: the table is made at the end of a build, its peak.
                _table.EnsureCapacity(_table.Count + _puts.Count);
                while (_puts.TryDequeue(out var put)) _table[put.Key] = put.Value;
                return _table;
            }
        }
    }
}
