namespace SiteGen.Incremental;

/// <summary>
/// The stream a file's bytes are made in before they are written, one per writing thread and reused from file to
/// file: a feed of 50 entries is a hundred-odd kilobytes, past the size at which every new array is a large object
/// that only a full collection frees.
/// </summary>
internal static class WriteBuffer
{
    /// <summary>A buffer that grew past this (a big sitemap) is let go rather than held for the rest of the build.</summary>
    private const int MaxKept = 1 << 20;

    [ThreadStatic] private static MemoryStream? _kept;

    /// <summary>An empty stream for this thread; give it back with <see cref="Return"/> once its bytes are written.</summary>
    public static MemoryStream Rent()
    {
        var stream = _kept ?? new MemoryStream();
        _kept = null;
        stream.SetLength(0);
        return stream;
    }

    public static void Return(MemoryStream stream)
    {
        if (stream.Capacity <= MaxKept) _kept = stream;
    }
}
