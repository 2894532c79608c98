using SiteGen.Language;

namespace SiteGen.Inference;

/// <summary>
/// How much a written date says about the day an article went out; the lower, the better.
/// <list type="bullet">
/// <item><see cref="Reported"/>: the reporter's own "when": <c>kata dia, Senin (16/9/2019).</c>, any numeric date,
/// a date with <c>hari ini</c> or <c>kemarin</c> next to it.</item>
/// <item><see cref="Scheduled"/>: a numeric date in a clause about what will happen (<c>akan digelar pada Kamis (27/7/2023)</c>).</item>
/// <item><see cref="Event"/>: a spelled-out date with its weekday in the first paragraphs (<c>pada Minggu 15 September 2019 malam WIB</c>).</item>
/// <item><see cref="Contradicted"/>: a numeric date whose weekday does not fit it (<c>Senin (17/9/2019)</c>, a Tuesday):
/// one of the two is a typo, so it counts only when nothing else dates the text.</item>
/// </list>
/// </summary>
public enum DateTier { Reported, Scheduled, Event, Contradicted }

/// <summary>A publication day a written date points to, and how sure that is.</summary>
public readonly record struct DateCandidate(DateOnly Publication, DateTier Tier);

/// <summary>
/// A date written without its year but with a weekday (<c>Selasa (17/9)</c>) where the article names no year that fits;
/// the corpus pass places it (see <see cref="CorpusCalendar"/>). <see cref="Shift"/> is added to the date once placed.
/// </summary>
public readonly record struct PendingDate(DateMention Mention, DateTier Tier, int Shift);

/// <summary>What one article's text says about its date: the raw material of <see cref="DateInference.Decide"/>.</summary>
public sealed record DateEvidence(
    IReadOnlyList<DateCandidate> Candidates,
    IReadOnlyList<PendingDate> Pending,
    IReadOnlyList<WeekdayMention> RelativeWeekdays)
{
    public static readonly DateEvidence None = new([], [], []);
}
