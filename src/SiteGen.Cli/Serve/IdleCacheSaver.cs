using SiteGen.Incremental;

namespace SiteGen.Cli.Serve;

/// <summary>
/// Writes the server's in-memory build cache to <c>.sitegen-cache/</c> once no build has finished for a while, and
/// when the server stops. Writing it after every build would put ~100 ms (at 10,000 articles) between a save in the
/// editor and the next rebuild when saves come quickly; it only has to be on disk for the next run of a command.
/// </summary>
public sealed class IdleCacheSaver : IDisposable
{
    private readonly BuildCacheHandOff _handOff;
    private readonly TimeSpan _quiet;
    private readonly Action<string> _failed;
    private readonly Timer _timer;

    /// <param name="failed">Told why a save failed (the server keeps running: the cache only saves time).</param>
    public IdleCacheSaver(BuildCacheHandOff handOff, TimeSpan quiet, Action<string> failed)
    {
        _handOff = handOff;
        _quiet = quiet;
        _failed = failed;
        _timer = new Timer(_ => Save(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>A build finished: save once the server has been quiet for the given time (each build restarts the wait).</summary>
    public void BuildFinished()
    {
        try
        {
            _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Stopping; the final save is the owner's.
        }
    }

    /// <summary>Saves now if anything is unsaved; used when the server stops.</summary>
    public void Save()
    {
        try
        {
            _handOff.Save();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _failed($"could not save the build cache: {e.Message}");
        }
    }

    public void Dispose() => _timer.Dispose();
}
