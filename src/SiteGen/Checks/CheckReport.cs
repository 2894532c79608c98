using SiteGen.Engine;

namespace SiteGen.Checks;

/// <summary>
/// What a check found, sorted by file then message, so two runs over the same output print the same lines.
/// The counts let the CLI say how much was looked at, which tells "nothing wrong" from "nothing checked".
/// </summary>
public sealed record CheckReport(IReadOnlyList<Diagnostic> Diagnostics, int PagesChecked, int LinksChecked)
{
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
    public bool HasErrors => ErrorCount > 0;

    internal static IReadOnlyList<Diagnostic> Finish(DiagnosticBag bag) =>
        // A nav link that is broken once per page is one finding per page, not one per occurrence.
        bag.Sorted().Distinct().ToList();
}
