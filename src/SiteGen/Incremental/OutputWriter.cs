using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using SiteGen.Model;

namespace SiteGen.Incremental;

/// <summary>
/// Writes files into the staging folder. Every destination is checked to stay inside it, whatever a slug,
/// a front matter value or a theme file name says. Each file written is reported to <paramref name="progress"/>.
/// </summary>
/// <remarks>
/// Tens of thousands of small files make the per-file overhead the cost: text is encoded into a pooled buffer rather
/// than a fresh array per page, and bytes go to the file handle in one write without a FileStream and its buffer.
/// Each file's folder is created as the file is written, with no memory of folders made before: that costs one
/// system call for a new folder and two for one that exists, and nothing can make it skip a folder.
/// </remarks>
public sealed class OutputWriter(string folder, IProgress<BuildProgress>? progress = null)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private ConcurrentQueue<string>? _paths;
    private int _written;
    private int _kept;
    private int _planned;

    public string Folder { get; } = Path.GetFullPath(folder);
    public int FilesWritten => Volatile.Read(ref _written);
    /// <summary>
    /// Whether <see cref="Written"/> lists the files: only a strict build reads it (to link the kept files in beside the
    /// written), and for the others the list was a queue slot a file to the end of the build, 8 MB of segments at 250,000
    /// articles.
    /// </summary>
    public bool RecordsWritten
    {
        get => _paths is not null;
        init => _paths = value ? new ConcurrentQueue<string>() : null;
    }

    /// <summary>Output paths of every file written so far; only for a writer that <see cref="RecordsWritten"/>.</summary>
    public IEnumerable<string> Written => _paths ?? throw new InvalidOperationException("this writer does not record the files it writes");

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
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        FileStamp stamp;
        using (var handle = File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            RandomAccess.Write(handle, bytes, 0);
            stamp = new FileStamp(bytes.Length, File.GetLastWriteTimeUtc(handle).Ticks);
        }
        _paths?.Enqueue(destination.Replace('\\', '/').TrimStart('/'));
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
}
