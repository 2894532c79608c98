using SiteGen.Language;

namespace SiteGen.Inference;

/// <summary>What one article's text says about its date: the written dates with their roles, and the weekdays named as today.</summary>
public sealed record DateEvidence(IReadOnlyList<DateClue> Clues, IReadOnlyList<WeekdayMention> RelativeWeekdays)
{
    public static readonly DateEvidence None = new([], []);
}
