
namespace SiteGen.Language;

/// <summary>How a date is written, which bounds what it can say about the day of writing.</summary>
public enum DateShape
{
    /// <summary><c>Senin (16/9/2019)</c>: the reporter's habit for the day of a statement or an event.</summary>
    Numeric,
    /// <summary><c>(16/9/2019)</c> without its weekday.</summary>
    NumericBare,
    /// <summary><c>Senin 16 September 2019</c>.</summary>
    Spelled,
    /// <summary><c>16 September 2019</c> without its weekday: mostly background (<c>menikah pada 15 Januari 2022</c>).</summary>
    SpelledBare,
    /// <summary>A weekday the calendar contradicts (<c>Senin (17/9/2019)</c>, a Tuesday): a typo in one of the two.</summary>
    Contradicted,
}

/// <summary>What the sentence around a date says the date is.</summary>
public enum DateRole
{
    /// <summary>It closes a sentence that quotes or sources someone: <c>kata dia, Senin (16/9/2019).</c></summary>
    Attributed,
    /// <summary>It closes a sentence after a comma, with a place and no speaker: <c>di Jakarta, Rabu (18/9/2019).</c></summary>
    Placed,
    /// <summary>It says when something happened: <c>pada Kamis (5/9/2019)</c>, <c>dirilis Kamis (5/9/2019)</c>.</summary>
    Event,
    /// <summary>Nothing around it says more.</summary>
    Plain,
    /// <summary>It looks back: <c>Kamis (5/9/2019) lalu</c>, <c>sejak Senin (2/9/2019)</c>.</summary>
    Past,
    /// <summary>It looks ahead: <c>akan digelar Selasa (17/9/2019)</c>, <c>Sabtu (21/9/2019) mendatang</c>.</summary>
    Future,
    /// <summary><c>hari ini, Kamis (12/9/2019)</c>: the day of writing.</summary>
    Today,
    /// <summary><c>Senin kemarin (16/9/2019)</c>, <c>semalam</c>: the day before writing.</summary>
    Yesterday,
    /// <summary><c>besok, Kamis (12/9/2019)</c>: the day after writing.</summary>
    Tomorrow,
    /// <summary><c>lusa</c>: two days after writing.</summary>
    DayAfterTomorrow,
}

/// <summary>The class of a written date that an archive's habits are counted by: its shape, role and whether it is in the lead.</summary>
public readonly record struct DateKind(DateShape Shape, DateRole Role, bool InLead)
{
    public const int Shapes = 5;
    public const int Roles = 10;

    /// <summary>Days from the written date to the day of writing that a relative word fixes by its meaning, or null.</summary>
    public int? FixedShift => Role switch
    {
        DateRole.Today => 0,
        DateRole.Yesterday => 1,
        DateRole.Tomorrow => -1,
        DateRole.DayAfterTomorrow => -2,
        _ => null,
    };

    /// <summary>A date that cannot be the day of writing by what the sentence says: ahead of it or looking back from it.</summary>
    public bool LooksAway => Role is DateRole.Future or DateRole.Past or DateRole.Tomorrow or DateRole.DayAfterTomorrow;

    /// <summary><c>numeric/attributed/body</c>: how habits files and <c>sitegen list</c> write it.</summary>
    public override string ToString() => $"{Name(Shape)}/{Name(Role)}/{(InLead ? "lead" : "body")}";

    public static string Name(DateShape shape) => shape switch
    {
        DateShape.Numeric => "numeric",
        DateShape.NumericBare => "numeric-bare",
        DateShape.Spelled => "spelled",
        DateShape.SpelledBare => "spelled-bare",
        _ => "contradicted",
    };

    public static string Name(DateRole role) => role switch
    {
        DateRole.Attributed => "attributed",
        DateRole.Placed => "placed",
        DateRole.Event => "event",
        DateRole.Plain => "plain",
        DateRole.Past => "past",
        DateRole.Future => "future",
        DateRole.Today => "today",
        DateRole.Yesterday => "yesterday",
        DateRole.Tomorrow => "tomorrow",
        _ => "day-after-tomorrow",
    };

    public static DateShape? ShapeNamed(string name)
    {
        for (var s = DateShape.Numeric; s <= DateShape.Contradicted; s++) if (Name(s) == name) return s;
        return null;
    }

    public static DateRole? RoleNamed(string name)
    {
        for (var r = DateRole.Attributed; r <= DateRole.DayAfterTomorrow; r++) if (Name(r) == name) return r;
        return null;
    }
}

/// <summary>One written date and what its sentence says about it.</summary>
public readonly record struct DateClue(DateMention Mention, DateRole Role, bool InLead)
{
    public DateShape Shape => Mention.WeekdayContradicts ? DateShape.Contradicted
        : Mention.Form == DateForm.Numeric ? (Mention.Weekday is null ? DateShape.NumericBare : DateShape.Numeric)
        : Mention.Weekday is null ? DateShape.SpelledBare : DateShape.Spelled;

    public DateKind Kind => new(Shape, Role, InLead);
}
