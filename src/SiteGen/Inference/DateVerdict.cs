using System.Globalization;
using SiteGen.Language;

namespace SiteGen.Inference;

/// <summary>Where an inferred date came from beyond a single written date.</summary>
public enum DateBasis
{
    /// <summary>A date written in the text (<see cref="DateVerdict.Clue"/>).</summary>
    Text,
    /// <summary>The articles filed right before and after it, in an archive whose file order follows the calendar.</summary>
    Neighbours,
}

/// <summary>
/// The day an article's text points to, how sure that is, and why: the written date chosen, whether another date
/// agrees with it (within a day) and whether a later one that is not about the future contradicts it.
/// </summary>
/// <param name="Clue">The written date chosen; null when the date comes from the neighbours.</param>
/// <param name="Confidence">How often such a choice was within a day of the truth where the habits were learnt.</param>
/// <param name="ByWeekday">The day was moved to a weekday the text names as today (<c>hari ini, Senin</c>).</param>
public sealed record DateVerdict(DateOnly Date, double Confidence, DateClue? Clue, bool Agrees, bool Conflicts, bool ByWeekday = false,
    DateBasis Basis = DateBasis.Text)
{
    /// <summary>What <c>sitegen list</c> shows: <c>numeric/attributed/body 16/9/2019, agrees</c>.</summary>
    public string Describe()
    {
        if (Clue is not { } clue) return "neighbours in file order";
        var m = clue.Mention;
        var written = m.Year is { } y
            ? string.Create(CultureInfo.InvariantCulture, $"{m.Day}/{m.Month}/{y}")
            : string.Create(CultureInfo.InvariantCulture, $"{m.Day}/{m.Month}");
        var text = $"{clue.Kind} {written}";
        if (Agrees) text += ", agrees";
        if (Conflicts) text += ", later date";
        if (ByWeekday) text += ", weekday";
        return text;
    }
}
