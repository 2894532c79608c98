using SiteGen.Tests.Support;

namespace SiteGen.Tests;

/// <summary>
/// A fact that needs the real corpus (<c>shared/corpus/real</c>): skipped with a message where it is absent, except
/// under CI (the <c>CI</c> variable set), where it runs and fails (<see cref="RealCorpus.RequireFolder"/>), so a CI
/// machine that lost the corpus cannot pass its measurements as skipped.
/// </summary>
public sealed class RealCorpusFactAttribute : FactAttribute
{
    public RealCorpusFactAttribute()
    {
        if (RealCorpus.FindFolder() is null && !RequiredTool.InCi)
            Skip = "the real corpus (shared/corpus/real with INDEX.tsv) is not above the test's base directory";
    }
}
