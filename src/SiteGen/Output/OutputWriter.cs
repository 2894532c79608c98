using System.Collections.Concurrent;
using System.Text;
using SiteGen.Site;

namespace SiteGen.Output;

/// <summary>
/// Writes files into the staging folder. Every destination is checked to stay inside it, whatever a slug,
/// a front matter value or a theme file name says. Each file written is reported to <paramref name="progress"/>.
/// </summary>
public sealed class OutputWriter(string folder, IProgress<BuildProgress>? progress = null)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentQueue<string> _paths = new();
    private int _written;
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

    public void WriteText(string destination, string content) => WriteBytes(destination, Utf8.GetBytes(content));

    public void WriteBytes(string destination, ReadOnlySpan<byte> bytes)
    {
        var full = FullPath(destination);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using (var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1))
            stream.Write(bytes);
        _paths.Enqueue(destination.Replace('\\', '/').TrimStart('/'));
        var written = Interlocked.Increment(ref _written);
        progress?.Report(new BuildProgress(BuildStage.Writing, written, Math.Max(written, Volatile.Read(ref _planned))));
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
