using System.Collections.Concurrent;

namespace SiteGen.Caching;

/// <summary>
/// Per input file, what the last build made of it, keyed by the file's content hash; <typeparamref name="T"/> is the
/// result (for seed files, the analysed article).
/// </summary>
/// <remarks>
/// A file is read and hashed unless its size and modification time are the ones recorded with its hash, the way git's
/// index avoids rehashing a work tree: the hash decides, the stat only spares reading a file that was not touched.
/// A file modified within <see cref="RacyWindow"/> of being read may be modified again without its time changing
/// (file systems keep coarse times), so its stat is recorded as untrusted and it is hashed again next time.
/// </remarks>
public sealed class SourceFileCache<T> where T : class
{
    public static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    private readonly IReadOnlyDictionary<string, SourceFileEntry<T>> _previous;
    private readonly ConcurrentDictionary<string, SourceFileEntry<T>> _current = new(StringComparer.Ordinal);
    private int _reused;
    private int _hashed;

    public SourceFileCache(IReadOnlyDictionary<string, SourceFileEntry<T>>? previous = null) =>
        _previous = previous ?? new Dictionary<string, SourceFileEntry<T>>();

    /// <summary>Files whose result came from the cache in this build.</summary>
    public int Reused => Volatile.Read(ref _reused);

    /// <summary>Files read and hashed in this build (their stamp did not vouch for them).</summary>
    public int Hashed => Volatile.Read(ref _hashed);

    /// <summary>Everything this build read, for the next build; files that are gone are not in it.</summary>
    public IReadOnlyDictionary<string, SourceFileEntry<T>> Current => _current;

    /// <summary>The result for the file at <paramref name="fullPath"/>, from the cache when its content is unchanged.</summary>
    /// <param name="analyse">Makes the result from the file's bytes when the cache has none for them.</param>
    /// <exception cref="IOException">The file could not be read.</exception>
    public T Get(string fullPath, string key, Func<byte[], ContentHash, T> analyse) => Entry(fullPath, key, analyse).Value;

    /// <summary>Like <see cref="Get"/>, with the hash; a file already looked at in this build is not looked at again.</summary>
    public SourceFileEntry<T> Entry(string fullPath, string key, Func<byte[], ContentHash, T> analyse)
    {
        if (_current.TryGetValue(key, out var seen)) return seen;
        var info = new FileInfo(fullPath);
        var stat = new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks);
        var known = _previous.GetValueOrDefault(key);
        if (known is { Trusted: true } && known.Stamp == stat)
        {
            Interlocked.Increment(ref _reused);
            _current[key] = known;
            return known;
        }

        var readAt = DateTime.UtcNow;
        var bytes = File.ReadAllBytes(fullPath);
        var hash = ContentHash.Of(bytes);
        T value;
        if (known is not null && known.Hash == hash)
        {
            Interlocked.Increment(ref _reused);
            value = known.Value;
        }
        else value = analyse(bytes, hash);
        var trusted = stat.Length == bytes.Length && readAt.Ticks - stat.ModifiedTicks > RacyWindow.Ticks;
        Interlocked.Increment(ref _hashed);
        return _current[key] = new SourceFileEntry<T>(stat, trusted, hash, value);
    }
}

/// <summary>A file's size and modification time (UTC ticks) as last seen.</summary>
public readonly record struct FileStamp(long Length, long ModifiedTicks);

/// <summary>One input file as the cache knows it.</summary>
/// <param name="Trusted">Whether an unchanged <see cref="Stamp"/> proves the content unchanged (see <see cref="SourceFileCache{T}"/>).</param>
public sealed record SourceFileEntry<T>(FileStamp Stamp, bool Trusted, ContentHash Hash, T Value);
