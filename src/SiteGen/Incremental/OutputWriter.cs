using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;
using SiteGen.Model;

namespace SiteGen.Incremental;

/// <summary>
/// Writes files into the staging folder. Every destination is checked to stay inside it, whatever a slug,
/// a front matter value or a theme file name says. Each file written is reported to <paramref name="progress"/>.
/// </summary>
/// <remarks>
/// Tens of thousands of small files make the per-file overhead the cost: each folder is created once (not once per
/// file), text is encoded into a pooled buffer rather than a fresh array per page, and bytes go to the file handle
/// in one write without a FileStream and its buffer.
/// </remarks>
public sealed class OutputWriter(string folder, IProgress<BuildProgress>? progress = null)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentQueue<string> _paths = new();
    /// <summary>
    /// Folders already created, by a 64-bit hash of their full path: nearly every page has a folder of its own, and
    /// their paths as strings were a few megabytes held to the end. A collision only skips a folder's creation, which
    /// the write then notices and repairs (<see cref="WriteBytes"/>).
    /// </summary>
    private readonly ConcurrentDictionary<ulong, bool> _folders = new();
    private int _written;
    private int _kept;
    private int _planned;

    public string Folder { get; } = Path.GetFullPath(folder);
    public int FilesWritten => Volatile.Read(ref _written);
    /// <summary>Output paths of every file written so far, for the link check.</summary>
    public IEnumerable<string> Written => _paths;

    /// <summary>How many files the build is about to write, for progress; set once the pipelines know.</summary>
    public void Plan(int files) => Volatile.Write(ref _planned, files);

    /// <summary>The current progress, for stages after writing (the search index) that report the same counts.</summary>
    public BuildProgress Progress(BuildStage stage)
    {
        var written = Volatile.Read(ref _written);
        return new BuildProgress(stage, written, Math.Max(written, Volatile.Read(ref _planned)));
    }

    public FileStamp WriteText(string destination, string content)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(content.Length));
        try
        {
            var length = Utf8.GetBytes(content, buffer);
            return WriteBytes(destination, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes a new file; returns its size and modification time, which the build cache records.</summary>
    public FileStamp WriteBytes(string destination, ReadOnlySpan<byte> bytes)
    {
        var full = FullPath(destination);
        var folder = Path.GetDirectoryName(full.AsSpan());
        EnsureFolder(folder);
        FileStamp stamp;
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (DirectoryNotFoundException)
        {
            Directory.CreateDirectory(folder.ToString());
            handle = File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        using (handle)
        {
            RandomAccess.Write(handle, bytes, 0);
            stamp = new FileStamp(bytes.Length, File.GetLastWriteTimeUtc(handle).Ticks);
        }
        _paths.Enqueue(destination.Replace('\\', '/').TrimStart('/'));
        var written = Interlocked.Increment(ref _written);
        progress?.Report(new BuildProgress(BuildStage.Writing, written, Math.Max(written, Volatile.Read(ref _planned))));
        return stamp;
    }

    /// <summary>Counts a file the build kept as it was towards progress, as if written.</summary>
    public void ReportKept()
    {
        var done = Interlocked.Increment(ref _kept) + Volatile.Read(ref _written);
        progress?.Report(new BuildProgress(BuildStage.Writing, done, Math.Max(done, Volatile.Read(ref _planned))));
    }

    public string FullPath(string destination)
    {
        var relative = destination.Replace('\\', '/').TrimStart('/');
        if (relative.Length == 0 || relative.Contains('\0') || relative.Split('/').Any(s => s is ".." or "." or ""))
            throw new InvalidOperationException($"refusing to write '{destination}': not a plain path inside the output folder");
        var full = Path.GetFullPath(Path.Combine(Folder, relative));
        if (!full.StartsWith(Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write '{destination}' outside the output folder");
        return full;
    }

    private void EnsureFolder(ReadOnlySpan<char> folder)
    {
        var key = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(folder));
        if (_folders.ContainsKey(key)) return;
        Directory.CreateDirectory(folder.ToString());
        _folders.TryAdd(key, true);
    }
}
