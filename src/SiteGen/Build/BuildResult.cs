using SiteGen.Engine;
using SiteGen.Model;
using SiteGen.Search;

namespace SiteGen.Build;

/// <summary>
/// The outcome of a build. Exit codes: 0 built (warnings allowed), 1 content errors (bad files left out, the rest
/// written) or warnings under --strict, 2 configuration or usage error (nothing written).
/// </summary>
public sealed record BuildResult(int ExitCode, int Articles, int FilesWritten, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed)
{
    /// <summary>Time per pipeline phase, plus the steps around the engine (settings, check, swap).</summary>
    public IReadOnlyList<StepTiming> Timings { get; init; } = [];

    /// <summary>Files the build left as they were in the output folder (their bytes had not changed).</summary>
    public int FilesUnchanged { get; init; }

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
    /// <summary>How many articles had each text repair: one line of the build's report, never a warning.</summary>
    public TextRepairCounts Repairs { get; init; } = TextRepairCounts.None;

    /// <summary>
    /// The article pages of this build, to preview an edited article from before the next build ends (the dev server);
    /// null when the build kept nothing for a next one, or made no article pages.
    /// </summary>
    public Preview.ArticlePreviews? Previews { get; init; }

    /// <summary>Whether the search index was built, skipped (Pagefind not installed) or failed, and the line that says so.</summary>
    public SearchIndexOutcome Search { get; init; } = SearchIndexOutcome.Disabled;
}
