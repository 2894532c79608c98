using System.Globalization;
using SiteGen.Incremental;

namespace SiteGen.Cli.Progress;

/// <summary>
/// A one-line progress bar for an interactive terminal, redrawn in place with <c>\r</c> at most ten times a second
/// however fast files are written (reports arrive from several threads, one per file), and cleared at the end so
/// the summary starts on a clean line.
/// </summary>
public sealed class ProgressBar(TextWriter output, TimeProvider time, int terminalWidth = 80) : IProgressDisplay
{
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromMilliseconds(100);
    private const int BarCells = 24;

    private readonly Lock _gate = new();
    private long? _lastDrawn;
    private int _highest;
    private BuildStage _stage = BuildStage.Writing;
    private int _shownLength;

    /// <summary>How many times the bar was drawn; lets tests check the rate limit.</summary>
    public int Redraws { get; private set; }

    public void Report(BuildProgress value)
    {
        lock (_gate)
        {
            var stageChanged = value.Stage != _stage;
            if (!stageChanged && value.FilesWritten <= _highest) return; // a late report from a slower thread
            _highest = Math.Max(_highest, value.FilesWritten);
            _stage = value.Stage;

            var now = time.GetTimestamp();
            var last = value.FilesWritten >= value.FilesExpected;
            if (!stageChanged && !last && _lastDrawn is { } previous && time.GetElapsedTime(previous, now) < MinimumInterval) return;
            _lastDrawn = now;
            Draw(value);
        }
    }

    public void Finish()
    {
        lock (_gate)
        {
            if (_shownLength == 0) return;
            output.Write('\r' + new string(' ', _shownLength) + '\r');
            output.Flush();
            _shownLength = 0;
        }
    }

    private void Draw(BuildProgress value)
    {
        var filled = (int)Math.Round(value.Fraction * BarCells);
        var bar = new string('#', filled) + new string('-', BarCells - filled);
        var what = value.Stage switch
        {
            BuildStage.IndexingSearch => "indexing for search",
            BuildStage.Checking => "checking links",
            _ => string.Create(CultureInfo.InvariantCulture, $"{value.FilesWritten}/{value.FilesExpected} files"),
        };
        var line = string.Create(CultureInfo.InvariantCulture, $"[{bar}] {(int)(value.Fraction * 100),3}% {what}");
        if (line.Length > terminalWidth - 1) line = line[..Math.Max(0, terminalWidth - 1)];
        // Pad over whatever longer text the previous draw left on the line.
        output.Write('\r' + line.PadRight(_shownLength));
        output.Flush();
        _shownLength = Math.Max(_shownLength, line.Length);
        Redraws++;
    }
}
