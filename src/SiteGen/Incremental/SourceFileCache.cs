using System.Collections.Concurrent;
using SiteGen.Model;

namespace SiteGen.Incremental;

/// <summary>
/// Per input file, what the last build made of it, keyed by the file's content hash; <typeparamref name="T"/> is the
/// result (for seed files, the analysed article). Results are kept serialised (<see cref="SourceFileEntry.Payload"/>),
/// a few hundred bytes each, so the cache costs little memory and a build with nothing to do never decodes them.
/// </summary>
/// <remarks>
/// A file is read and hashed unless its size and modification time are the ones recorded with its hash, the way git's
/// index avoids rehashing a work tree: the hash decides, the stat only spares reading a file that was not touched.
/// A file modified within <see cref="RacyWindow"/> of being read may be modified again without its time changing
/// (file systems keep coarse times), so its stat is recorded as untrusted and it is hashed again next time.
/// <para>A process that builds again and again (the dev server) may also keep the decoded results
/// (<see cref="Decoded"/>) and give them to the next build's cache, which then decodes only the files whose hash
/// changed: at 10,000 articles decoding every payload costs ~120 ms of CPU per build. Results are immutable records,
/// so one object can serve several builds.</para>
/// </remarks>
public sealed class SourceFileCache<T> where T : class
{
    public static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    private IReadOnlyDictionary<string, SourceFileEntry> _previous;
    private readonly ConcurrentDictionary<string, SourceFileEntry> _current = new(StringComparer.Ordinal);
    private readonly Func<T, byte[]> _serialise;
    private readonly Func<ReadOnlyMemory<byte>, T> _deserialise;
    private readonly IReadOnlyDictionary<string, (ContentHash Hash, T Value)>? _previousDecoded;
    private readonly ConcurrentDictionary<string, (ContentHash Hash, T Value)>? _decoded;
    private readonly bool _keep;
    private int _reused;
    private int _hashed;
    private PayloadFile? _payloads;
    private PayloadFile? _previousFile;
    // With keepDecoded the entries outlive the build (a hand-off carries them to the next): the files they point into
    // are never closed here, but stay open while an entry points into them, and the collector closes them (their
    // handles' finalizers) once none does. A temporary payload file is unlinked when made, so nothing is left behind.
    // The payload file is then the hand-off's, which every build of the process appends to.
    private readonly bool _entriesOutliveBuild;

    /// <param name="previousDecoded">Results a previous build decoded, by key with the hash they were made from.</param>
    /// <param name="keepDecoded">Keep this build's results in <see cref="Decoded"/> for the next build; the entries then
    /// outlive the build too, and the cache closes no file they point into.</param>
    /// <param name="keep">
    /// False when nothing will be saved (<c>--no-cache</c>): results are then neither serialised nor remembered, which
    /// spares a few kilobytes per file for the whole build (a hundred megabytes at 50,000 articles); a file asked for
    /// twice is read twice.
    /// </param>
    /// <param name="deserialise">Decodes a result from its payload, keeping nothing of the bytes (they may be lent for the call).</param>
    /// <param name="previousFile">The file <paramref name="previous"/> entries' payloads are in (the last build's cache
    /// file), when they are not in memory; the cache owns it and closes it with its payload file (unless
    /// <paramref name="keepDecoded"/>).</param>
    public SourceFileCache(Func<T, byte[]> serialise, Func<ReadOnlyMemory<byte>, T> deserialise, IReadOnlyDictionary<string, SourceFileEntry>? previous = null,
        IReadOnlyDictionary<string, (ContentHash Hash, T Value)>? previousDecoded = null, bool keepDecoded = false, bool keep = true, PayloadFile? previousFile = null)
    {
        _previousFile = previousFile;
        _serialise = serialise;
        _deserialise = deserialise;
        _previous = previous ?? new Dictionary<string, SourceFileEntry>();
        _previousDecoded = previousDecoded;
        if (keepDecoded) _decoded = new ConcurrentDictionary<string, (ContentHash, T)>(StringComparer.Ordinal);
        _entriesOutliveBuild = keepDecoded;
        _keep = keep;
    }

    /// <summary>The results <see cref="Get"/> returned in this build, by key with their hash; null unless kept.</summary>
    public IReadOnlyDictionary<string, (ContentHash Hash, T Value)>? Decoded => _decoded;

    /// <summary>Files whose result came from the cache in this build.</summary>
    public int Reused => Volatile.Read(ref _reused);

    /// <summary>Files read and hashed in this build (their stamp did not vouch for them).</summary>
    public int Hashed => Volatile.Read(ref _hashed);

    /// <summary>Everything this build looked at, for the next build; files that are gone are not in it. Empty once the
    /// entries are on disk (<see cref="DropEntries"/>).</summary>
    public IReadOnlyDictionary<string, SourceFileEntry> Current => _current;

    /// <summary>
    /// Results serialised from now on go to <paramref name="file"/> rather than the heap (see <see cref="PayloadFile"/>);
    /// the cache owns it from here and closes it in <see cref="DropEntries"/> or <see cref="ClosePayloadFile"/>, unless
    /// its entries outlive the build.
    /// </summary>
    public void SpillPayloadsTo(PayloadFile file) => _payloads = file;

    /// <summary>
    /// The file results are spilled to (<see cref="SpillPayloadsTo"/>) until <see cref="DropEntries"/> closes it; null
    /// when they are not. The build may append parts of what it decodes there, to read them back together.
    /// </summary>
    public PayloadFile? SpillFile => _payloads;

    /// <summary>Closes the payload file and the last cache file, if any, for a build that ends without <see cref="DropEntries"/>;
    /// when the entries outlive the build, only lets them go (see <see cref="_entriesOutliveBuild"/>).</summary>
    public void ClosePayloadFile()
    {
        if (!_entriesOutliveBuild)
        {
            _payloads?.Dispose();
            _previousFile?.Dispose();
        }
        _payloads = null;
        _previousFile = null;
    }

    /// <summary>
    /// Lets every entry go once the cache's article part is on disk (<see cref="BuildCache.SpillArticles"/>): nothing in
    /// the build reads them after that, and an entry and its place in the table (~150 bytes a file, 37 MB at 250,000
    /// articles) were kept through the writing of the pages, the build's peak. A file asked for after that is read and
    /// analysed again.
    /// </summary>
    public void DropEntries()
    {
        _current.Clear();
        // The last build's entries are places in its cache file, or slices of it read as one array: let that go too.
        _previous = new Dictionary<string, SourceFileEntry>();
        ClosePayloadFile();
    }

    /// <summary>The result for the file at <paramref name="fullPath"/>, from the cache when its content is unchanged.</summary>
    /// <param name="analyse">Makes the result from the file's bytes when the cache has none for them.</param>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <param name="stamp">The file's stamp when the caller has just taken it (listing the folder), to spare a second stat.</param>
    /// <param name="deserialise">Decodes a cached result in this build's way (say, with its shared strings, or leaving
    /// part of it where the entry keeps it); null for the cache's own.</param>
    public T Get(string fullPath, string key, Func<byte[], ContentHash, T> analyse, FileStamp? stamp = null, Func<SourceFileEntry, T>? deserialise = null)
    {
        deserialise ??= e => e.ReadPayloadWith(_deserialise, static (bytes, decode) => decode(bytes));
        var entry = Entry(fullPath, key, analyse, stamp, out var fresh);
        if (_decoded is null) return fresh ?? deserialise(entry);
        T value;
        if (fresh is not null) value = fresh;
        else if (_previousDecoded is not null && _previousDecoded.TryGetValue(key, out var known) && known.Hash == entry.Hash) value = known.Value;
        else value = deserialise(entry);
        _decoded[key] = (entry.Hash, value);
        return value;
    }

    /// <summary>The file's entry (its hash, its serialised result); a file already looked at in this build is not read again.</summary>
    public SourceFileEntry Entry(string fullPath, string key, Func<byte[], ContentHash, T> analyse, FileStamp? stamp = null) =>
        Entry(fullPath, key, analyse, stamp, out _);

    private SourceFileEntry Entry(string fullPath, string key, Func<byte[], ContentHash, T> analyse, FileStamp? stamp, out T? fresh)
    {
        fresh = null;
        if (_current.TryGetValue(key, out var seen)) return seen;
        var stat = stamp ?? Stat(fullPath);
        var known = _previous.GetValueOrDefault(key);
        if (known is { Trusted: true } && known.Stamp == stat)
        {
            Interlocked.Increment(ref _reused);
            return _current[key] = known;
        }

        var readAt = DateTime.UtcNow;
        var bytes = File.ReadAllBytes(fullPath);
        var hash = ContentHash.Of(bytes);
        if (!_keep)
        {
            fresh = analyse(bytes, hash);
            Interlocked.Increment(ref _hashed);
            return new SourceFileEntry(stat, false, hash, ReadOnlyMemory<byte>.Empty);
        }
        var trusted = stat.Length == bytes.Length && readAt.Ticks - stat.ModifiedTicks > RacyWindow.Ticks;
        Interlocked.Increment(ref _hashed);
        if (known is not null && known.Hash == hash)
        {
            Interlocked.Increment(ref _reused);
            return _current[key] = known with { Stamp = stat, Trusted = trusted };
        }
        fresh = analyse(bytes, hash);
        var payload = _serialise(fresh);
        var entry = _payloads is { } file
            ? new SourceFileEntry(stat, trusted, hash, ReadOnlyMemory<byte>.Empty) { Spilled = file.Append(payload) }
            : new SourceFileEntry(stat, trusted, hash, payload);
        return _current[key] = entry;
    }

    private static FileStamp Stat(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks);
    }
}

/// <summary>
/// One input file as the cache knows it: its stamp, the hash of its bytes and what was made of them, serialised (for
/// entries loaded from the cache file, a slice of the file's bytes, not a copy).
/// </summary>
/// <param name="Trusted">Whether an unchanged <see cref="Stamp"/> proves the content unchanged (see <see cref="SourceFileCache{T}"/>).</param>
public sealed record SourceFileEntry(FileStamp Stamp, bool Trusted, ContentHash Hash, ReadOnlyMemory<byte> Payload)
{
    /// <summary>Where the payload is when it is in a file: the build's <see cref="PayloadFile"/>, or the last build's cache
    /// file (<see cref="PayloadFile.Open"/>); then <see cref="Payload"/> is empty.</summary>
    public PayloadSlot? Spilled { get; init; }

    /// <summary>The payload's length, wherever it is.</summary>
    public int PayloadLength => Spilled?.Length ?? Payload.Length;

    /// <summary>
    /// What <paramref name="read"/> makes of the payload: <see cref="Payload"/>, or the bytes of the payload file read
    /// into a buffer lent for the call (<see cref="PayloadSlot.ReadWith"/>), of which <paramref name="read"/> must then keep nothing.
    /// </summary>
    public T ReadPayloadWith<TState, T>(TState state, Func<ReadOnlyMemory<byte>, TState, T> read) =>
        Spilled is { } slot ? slot.ReadWith(state, read) : read(Payload, state);
}
