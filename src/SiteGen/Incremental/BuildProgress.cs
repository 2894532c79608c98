namespace SiteGen.Incremental;

/// <summary>
/// How far a build is: files written so far out of the files it will write. Reported through
/// <see cref="BuildOptions.Progress"/> by the output writer as each file lands, from several threads at once, so a
/// report may arrive just after one with a higher count; a display keeps the highest it has seen.
/// </summary>
public readonly record struct BuildProgress(BuildStage Stage, int FilesWritten, int FilesExpected)
{
    /// <summary>0 to 1. Files written outside the planned documents can push the count past the plan; it stays at 1.</summary>
    public double Fraction => FilesExpected <= 0 ? 0 : Math.Min(1.0, (double)FilesWritten / FilesExpected);
}
