namespace SiteGen.Incremental;

/// <summary>
/// A folder of the output as the last build left it: its modification time (UTC ticks), which changes whenever an
/// entry is added to, removed from or renamed in it, so an unchanged time proves its list of entries unchanged
/// without reading it.
/// </summary>
/// <param name="Trusted">
/// Whether the time was taken more than <see cref="RacyWindow"/> after it was last set. File systems keep coarse
/// times (a few milliseconds on Linux, two seconds on FAT), so a folder changed again within the same tick keeps its
/// time; such a stamp proves nothing and the folder is read again next time (git's racy rule, as for seed files).
/// </param>
public readonly record struct FolderStamp(long ModifiedTicks, bool Trusted)
{
    public static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);
    private static readonly long Missing = DateTime.FromFileTimeUtc(0).Ticks;

    /// <summary>The folder's stamp now; a missing folder gets a time no folder has.</summary>
    public static FolderStamp Of(string fullPath)
    {
        var now = DateTime.UtcNow.Ticks;
        // One stat: a missing path reads as the earliest file time, which no folder written here has.
        var ticks = Directory.GetLastWriteTimeUtc(fullPath).Ticks;
        if (ticks == Missing) return new FolderStamp(long.MinValue, false);
        return new FolderStamp(ticks, now - ticks > RacyWindow.Ticks);
    }
}
