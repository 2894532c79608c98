using System.Collections.Concurrent;
using System.Text;

namespace SiteGen.Output;

/// <summary>
/// Writes files into the staging folder. Every destination is checked to stay inside it, whatever a slug,
/// a front matter value or a theme file name says.
/// </summary>
public sealed class OutputWriter(string folder)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentQueue<string> _written = new();

    public string Folder { get; } = Path.GetFullPath(folder);
    public int FilesWritten => _written.Count;
    /// <summary>Output paths of every file written so far, for the link check.</summary>
    public IEnumerable<string> Written => _written;

    public void WriteText(string destination, string content) => WriteBytes(destination, Utf8.GetBytes(content));

    public void WriteBytes(string destination, ReadOnlySpan<byte> bytes)
    {
        var full = FullPath(destination);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using (var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1))
            stream.Write(bytes);
        _written.Enqueue(destination.Replace('\\', '/').TrimStart('/'));
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
