using System.Globalization;
using SiteGen.Incremental;

namespace SiteGen.Cli.Progress;

/// <summary>
/// Progress for logs (CI, redirected output): one plain line each time the build passes another
/// <paramref name="step"/> percent, one when the search index starts and one when the link check starts. Nothing is
/// overwritten, so every line reads well in a log file.
/// </summary>
public sealed class ProgressLines(TextWriter output, int step = 10) : IProgressDisplay
{
    private readonly Lock _gate = new();
    private readonly int _step = step;
    private int _nextPercent = step;
    private bool _announcedSearch;
    private bool _announcedCheck;

    public void Report(BuildProgress value)
    {
        lock (_gate)
        {
            if (value.Stage == BuildStage.IndexingSearch)
            {
                if (_announcedSearch) return;
                _announcedSearch = true;
                output.WriteLine($"progress: {value.FilesWritten} files written; indexing them for search with Pagefind");
                return;
            }
            if (value.Stage == BuildStage.Checking)
            {
                if (_announcedCheck) return;
                _announcedCheck = true;
                output.WriteLine("progress: checking links");
                return;
            }
            var percent = (int)(value.Fraction * 100);
            if (percent < _nextPercent) return;
            _nextPercent = (percent / _step + 1) * _step;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"progress: {percent,3}% ({value.FilesWritten}/{value.FilesExpected} files written)"));
        }
    }

    public void Finish()
    {
    }
}
