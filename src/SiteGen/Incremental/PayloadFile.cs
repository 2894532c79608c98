using Microsoft.Win32.SafeHandles;

namespace SiteGen.Incremental;

/// <summary>
/// An append-only temporary file that holds the serialised results of a build's cache (<see cref="SourceFileEntry"/>
/// payloads) instead of the heap, from the moment each is made until the cache file is written; or the last build's
/// cache file, whose payloads are read from it the same way (<see cref="Open"/>).
/// </summary>
/// <remarks>
/// A cold build analyses every article to key the build (<c>InputKey</c>), reads them all back for inference, and saves
/// them at the end: the payloads, ~5.5 KB an article, were live through the whole read and inference, the build's peak
/// (550 MB at 100,000 articles, a third of it). Written here as they are made, each is read back only when a result is
/// decoded and when the cache is saved, both through the page cache. Appends from parallel readers each reserve their
/// range first, so no lock is held while writing.
/// <para>
/// Reads go through a block of the file kept per thread (<see cref="ReadBlock"/>): the corpus steps read every
/// article's tag findings several times, a few hundred bytes each, in the order they lie in the file: 80,000 system
/// calls in a one-edit build at 10,000 articles, 7,000 through the blocks (inference 932 -> 840 ms). A block holds only
/// bytes no append can still be writing (<see cref="StableLength"/>), so what it copies out is what the file holds for good.
/// </para>
/// </remarks>
public sealed class PayloadFile : IDisposable
{
    /// <summary>A dozen articles' payloads: one system call where there were a dozen or more, 64 KB a thread.</summary>
    internal const int BlockSize = 64 * 1024;

    [ThreadStatic] private static ReadBlock? t_block;

    private readonly SafeFileHandle _handle;
    private long _length;
    private int _appending;

    /// <param name="folder">Where the file goes: the cache folder, beside the cache file it feeds.</param>
    public PayloadFile(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{BuildCache.FileName}.{Guid.NewGuid():N}.payloads.tmp");
        _handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
        // Unix keeps an unlinked file for as long as it is open: gone at once, it cannot be left behind by a build that
        // is killed. Windows cannot delete an open file; DeleteOnClose does it there.
        if (!OperatingSystem.IsWindows()) File.Delete(path);
    }

    private PayloadFile(SafeFileHandle handle, long length)
    {
        _handle = handle;
        _length = length;
    }

    /// <summary>
    /// An existing file whose payloads are read where they are (the last build's cache file), opened for reading only:
    /// appending to it fails. Others may replace or delete the file meanwhile (the build's own save does); the open
    /// file goes on reading as it was.
    /// </summary>
    public static PayloadFile Open(string path)
    {
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        return new PayloadFile(handle, RandomAccess.GetLength(handle));
    }

    /// <summary>Appends <paramref name="bytes"/> and says where they are.</summary>
    public PayloadSlot Append(ReadOnlySpan<byte> bytes)
    {
        // Counted before the range is reserved, so a reader that sees no append under way knows every reserved range is written.
        Interlocked.Increment(ref _appending);
        try
        {
            var offset = Interlocked.Add(ref _length, bytes.Length) - bytes.Length;
            RandomAccess.Write(_handle, bytes, offset);
            return new PayloadSlot(this, offset, bytes.Length);
        }
        finally
        {
            Interlocked.Decrement(ref _appending);
        }
    }

    /// <summary>
    /// Reserves <paramref name="length"/> bytes at the end for a <see cref="PayloadBatch"/> and counts it as an append
    /// under way until <see cref="EndReserved"/>: no read keeps a block of the file meanwhile.
    /// </summary>
    internal long Reserve(int length)
    {
        Interlocked.Increment(ref _appending);
        return Interlocked.Add(ref _length, length) - length;
    }

    /// <summary>Writes the used start of a reserved range (the rest stays a hole no slot points into) and ends the append.</summary>
    internal void EndReserved(ReadOnlySpan<byte> bytes, long offset)
    {
        try
        {
            RandomAccess.Write(_handle, bytes, offset);
        }
        finally
        {
            Interlocked.Decrement(ref _appending);
        }
    }

    /// <summary>A copy of the bytes at <paramref name="slot"/>.</summary>
    public byte[] Read(PayloadSlot slot)
    {
        var bytes = new byte[slot.Length];
        ReadInto(slot, bytes);
        return bytes;
    }

    /// <summary>Reads the bytes at <paramref name="slot"/> into <paramref name="destination"/>, exactly as long as the slot.</summary>
    public void ReadInto(PayloadSlot slot, Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(destination.Length, slot.Length);
        if (slot.Length > BlockSize / 2)
        {
            ReadExactly(destination, slot.Offset);
            return;
        }
        var block = t_block ??= new ReadBlock();
        if (!block.Holds(this, slot) && !block.Fill(this, slot, StableLength()))
        {
            ReadExactly(destination, slot.Offset);
            return;
        }
        block.CopyTo(slot, destination);
    }

    /// <summary>
    /// How much of the file no append is still writing: its length, when no append was under way once it was read.
    /// An append counts itself before it reserves its range, so one that reserved below the length read is either
    /// counted or done. 0 while appends run (nothing is kept in a block then).
    /// </summary>
    private long StableLength()
    {
        var length = Interlocked.Read(ref _length);
        return Volatile.Read(ref _appending) == 0 ? length : 0;
    }

    private void ReadExactly(Span<byte> bytes, long offset)
    {
        if (ReadAtMost(bytes, offset) < bytes.Length) throw new EndOfStreamException("the payload file is shorter than a slot it handed out");
    }

    /// <summary>Reads into <paramref name="bytes"/> until it is full or the file ends; how much was read.</summary>
    private int ReadAtMost(Span<byte> bytes, long offset)
    {
        var done = 0;
        while (done < bytes.Length)
        {
            var read = RandomAccess.Read(_handle, bytes[done..], offset + done);
            if (read == 0) break;
            done += read;
        }
        return done;
    }

    /// <summary>One thread's copy of a stretch of one file, read whole and served from until a read falls outside it.</summary>
    private sealed class ReadBlock
    {
        private readonly byte[] _bytes = new byte[BlockSize];
        private PayloadFile? _file;
        private long _offset;
        private int _length;

        public bool Holds(PayloadFile file, PayloadSlot slot) =>
            ReferenceEquals(_file, file) && slot.Offset >= _offset && slot.Offset + slot.Length <= _offset + _length;

        /// <summary>Reads the block starting at <paramref name="slot"/>, up to <paramref name="stable"/>; false when that cannot hold the slot.</summary>
        public bool Fill(PayloadFile file, PayloadSlot slot, long stable)
        {
            // In longs until it is known to fit a block: a slot more than 2 GB past the stable end wrapped to a positive int.
            var available = stable - slot.Offset;
            if (available < slot.Length) return false;
            var length = (int)Math.Min(BlockSize, available);
            _file = null; // not valid until the read completes: a failed read leaves nothing to serve from
            // The file may end before the length counted: a batch's unused tail at its end is never written.
            length = file.ReadAtMost(_bytes.AsSpan(0, length), slot.Offset);
            if (length < slot.Length) throw new EndOfStreamException("the payload file is shorter than a slot it handed out");
            (_file, _offset, _length) = (file, slot.Offset, length);
            return true;
        }

        public void CopyTo(PayloadSlot slot, Span<byte> bytes) => _bytes.AsSpan((int)(slot.Offset - _offset), slot.Length).CopyTo(bytes);
    }

    public void Dispose() => _handle.Dispose();
}

/// <summary>Where one payload is in a <see cref="PayloadFile"/>.</summary>
public readonly record struct PayloadSlot(PayloadFile File, long Offset, int Length)
{
    public byte[] Read() => File.Read(this);

    /// <summary>
    /// What <paramref name="read"/> makes of this payload's bytes, read into a buffer lent for the call: a payload read
    /// only to be decoded or copied once need not be a new array (they were a fifth of what a one-edit build allocated).
    /// <paramref name="read"/> must keep nothing of the bytes.
    /// </summary>
    public T ReadWith<TState, T>(TState state, Func<ReadOnlyMemory<byte>, TState, T> read)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Length);
        try
        {
            File.ReadInto(this, buffer.AsSpan(0, Length));
            return read(buffer.AsMemory(0, Length), state);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The part of this payload <paramref name="length"/> bytes long at <paramref name="start"/> within it.</summary>
    public PayloadSlot Slice(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, Length - start);
        return new PayloadSlot(File, Offset + start, length);
    }
}
