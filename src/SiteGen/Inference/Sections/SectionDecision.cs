namespace SiteGen.Inference.Sections;

/// <summary>How an article got its section.</summary>
public enum SectionOrigin { None, Declared, Text, Fallback }

/// <summary>
/// One article's section as <see cref="SectionInference"/> decided it: the name readers see (a declared label is
/// spelled as the site lists it), where it came from, and for a classified article the words that decided it.
/// </summary>
public sealed record SectionDecision(string? Section, SectionOrigin Origin, IReadOnlyList<string> Words)
{
    public static readonly SectionDecision None = new(null, SectionOrigin.None, []);
}
