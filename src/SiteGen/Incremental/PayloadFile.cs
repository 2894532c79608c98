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
/// </remarks>
public sealed class PayloadFile : IDisposable
{
    private readonly SafeFileHandle _handle;
    private long _length;

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
        var offset = Interlocked.Add(ref _length, bytes.Length) - bytes.Length;
        RandomAccess.Write(_handle, bytes, offset);
        return new PayloadSlot(this, offset, bytes.Length);
    }

    /// <summary>A copy of the bytes at <paramref name="slot"/>.</summary>
    public byte[] Read(PayloadSlot slot)
    {
        var bytes = new byte[slot.Length];
        var done = 0;
        while (done < bytes.Length)
        {
            var read = RandomAccess.Read(_handle, bytes.AsSpan(done), slot.Offset + done);
            if (read == 0) throw new EndOfStreamException("the payload file is shorter than a slot it handed out");
            done += read;
        }
        return bytes;
    }

    public void Dispose() => _handle.Dispose();
}

/// <summary>Where one payload is in a <see cref="PayloadFile"/>.</summary>
public readonly record struct PayloadSlot(PayloadFile File, long Offset, int Length)
{
    public byte[] Read() => File.Read(this);

    /// <summary>The part of this payload <paramref name="length"/> bytes long at <paramref name="start"/> within it.</summary>
    public PayloadSlot Slice(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, Length - start);
        return new PayloadSlot(File, Offset + start, length);
    }
}
