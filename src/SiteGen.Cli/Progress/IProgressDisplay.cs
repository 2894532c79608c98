using SiteGen.Incremental;

namespace SiteGen.Cli.Progress;

/// <summary>Shows a build's progress while it runs; <see cref="Finish"/> tidies up before the summary is printed.</summary>
public interface IProgressDisplay : IProgress<BuildProgress>
{
    void Finish();
}
