using SiteGen.Engine;

namespace SiteGen.Checks;

/// <summary>How strictly a written site is judged and how much of the machine the check may use.</summary>
public sealed record CheckOptions
{
    /// <summary>Turns every finding into an error, so <c>--strict</c> builds fail on a broken link or a page without a title.</summary>
    public bool Strict { get; init; }

    /// <summary>Pages parsed at once. Parsing is CPU-bound, so more than the core count only adds memory.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    internal Severity Severity => Strict ? Severity.Error : Severity.Warning;
}
