using SiteGen.Checks;
using SiteGen.Engine;
using SiteGen.Model;

namespace SiteGen.Incremental;

/// <summary>
/// Decides, file by file, what an incremental build writes. A file whose fingerprint (what it is rendered from, with
/// the <see cref="RenderKey"/>) is the one recorded for the intact file in place is kept without rendering. A file
/// that was rendered is written into the staging folder only when its bytes differ from the file in place; otherwise
/// the file in place is kept, bytes, times and inode. What it keeps and writes becomes the next manifest.
/// </summary>
public sealed class IncrementalOutput
{
    private readonly OutputManifest? _previous;
    private readonly GatheredTable<OutputEntry> _entries = new();
    private int _kept;

    /// <param name="outputFolder">The live output folder, read (never written) to compare with.</param>
    /// <param name="previous">The manifest of <paramref name="outputFolder"/> from the last build, if known.</param>
    public IncrementalOutput(string outputFolder, OutputWriter writer, Hash128 renderKey, OutputManifest? previous)
    {
        OutputFolder = outputFolder;
        Writer = writer;
        RenderKey = renderKey;
        _previous = previous;
    }

    /// <summary>A writer that compares with nothing: every file is written.</summary>
    public static IncrementalOutput WriteAll(OutputWriter writer) => new(writer.Folder, writer, default, null) { CompareWithOutput = false };

    public string OutputFolder { get; }
    public OutputWriter Writer { get; }
    /// <summary>What every page depends on besides its own data (<see cref="BuildKeys.Render"/>).</summary>
    public Hash128 RenderKey { get; private set; }

    /// <summary>
    /// Adds what every page shows but only the build itself knows (the sections in the menu) to the render key. Called
    /// before any page is kept or written: the Process phase, which ends before Output starts.
    /// </summary>
    public void AddToRenderKey(Hash128 data) => RenderKey = Fingerprint.Combine(RenderKey, data);
    private bool CompareWithOutput { get; init; } = true;

    /// <summary>
    /// Whether a file the manifest lists is checked (one stat) before it is kept. Off when the folder is known to be as
    /// the manifest says (<see cref="BuildCache.OutputLeftByThisProcess"/>): 14,000 stats at 10,000 articles, on the
    /// dev server's way from a save to the reload.
    /// </summary>
    public bool CheckKeptFiles { get; init; } = true;

    /// <summary>The href table the previous manifest's link numbers refer to.</summary>
    public IReadOnlyList<string> PreviousHrefs => _previous?.Hrefs ?? [];

    /// <summary>Files left as they were.</summary>
    public int Kept => Volatile.Read(ref _kept);

    /// <summary>Makes room for the entries of <paramref name="files"/> files, once the build knows how many it will write.</summary>
    public void Reserve(int files) => _entries.Reserve(files);

    /// <summary>Every file of the output so far, kept and written: read it once the files are written (<see cref="GatheredTable{TValue}"/>).</summary>
    public IReadOnlyDictionary<string, OutputEntry> Entries => _entries.Table;

    /// <summary>
    /// True, and the file is kept, when the last build recorded the same fingerprint for it and the file is intact;
    /// <paramref name="links"/> are then the links it has, as numbers into <see cref="PreviousHrefs"/>.
    /// </summary>
    public bool TryKeep(string destination, Hash128 fingerprint, out LinkIds? links)
    {
        links = null;
        var path = Normalise(destination);
        if (fingerprint == default || _previous?.Files.GetValueOrDefault(path) is not { } entry) return false;
        var full = Combine(fingerprint);
        if (entry.Fingerprint != full || (CheckKeptFiles && !entry.IsIntactIn(OutputFolder))) return false;
        links = entry.Links;
        _entries.Put(path, entry);
        Interlocked.Increment(ref _kept);
        Writer.ReportKept();
        return true;
    }

    /// <summary>Text as UTF-8 (the encoding of every page, feed and sitemap), written like <see cref="Write"/>.</summary>
    public void WriteText(string destination, ReadOnlySpan<char> content, Hash128 fingerprint, LinkIds? links = null)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(System.Text.Encoding.UTF8.GetMaxByteCount(content.Length));
        try
        {
            var length = System.Text.Encoding.UTF8.GetBytes(content, buffer);
            Write(destination, buffer.AsSpan(0, length), fingerprint, links);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Writes the file into staging unless the file in place already has these bytes. <paramref name="links"/>, a page's
    /// link ids (<see cref="Checks.LinkRecorder.Record"/>), go into its entry as they are: the manifest takes the entries
    /// themselves, not a copy of each made at the end of the build, the moment of its peak.
    /// </summary>
    public void Write(string destination, ReadOnlySpan<byte> bytes, Hash128 fingerprint, LinkIds? links = null)
    {
        var path = Normalise(destination);
        var content = ContentHash.Of(bytes);
        var full = fingerprint == default ? default : Combine(fingerprint);
        if (CompareWithOutput && Unchanged(path, bytes, content) is { } stamp)
        {
            _entries.Put(path, new OutputEntry(path, stamp, content, full, links));
            Interlocked.Increment(ref _kept);
            Writer.ReportKept();
            return;
        }
        var staged = Writer.WriteBytes(destination, bytes);
        _entries.Put(path, new OutputEntry(path, staged, content, full, links));
    }

    /// <summary>The stamp of the file in place when it holds exactly <paramref name="bytes"/>, else null.</summary>
    private FileStamp? Unchanged(string path, ReadOnlySpan<byte> bytes, ContentHash content)
    {
        var info = new FileInfo(Path.Combine(OutputFolder, path));
        if (!info.Exists || info.Length != bytes.Length) return null;
        var stamp = new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks);
        if (_previous?.Files.GetValueOrDefault(path) is { } entry && entry.Stamp == stamp) return entry.Content == content ? stamp : null;
        // Not known from the last build (its cache was lost): compare the bytes themselves.
        try
        {
            return File.ReadAllBytes(info.FullName).AsSpan().SequenceEqual(bytes) ? stamp : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private Hash128 Combine(Hash128 fingerprint) => Fingerprint.Combine(RenderKey, fingerprint);

    /// <summary>The fingerprint a manifest records for a file written with <paramref name="fingerprint"/> by a build with this render key.</summary>
    public Hash128 Recorded(Hash128 fingerprint) => Combine(fingerprint);

    private static string Normalise(string destination) => destination.Replace('\\', '/').TrimStart('/');
}
