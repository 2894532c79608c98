namespace SiteGen.Tests;

/// <summary>A fact that needs the real corpus (<c>shared/corpus/real</c>); skipped with a message where it is absent.</summary>
public sealed class RealCorpusFactAttribute : FactAttribute
{
    public RealCorpusFactAttribute()
    {
        if (RealCorpus.FindFolder() is null)
            Skip = "the real corpus (shared/corpus/real with INDEX.tsv) is not above the test's base directory";
    }
}
