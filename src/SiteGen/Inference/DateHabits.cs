using System.Globalization;
using SiteGen.Language;

namespace SiteGen.Inference;

/// <summary>What a kind of written date says about the day of writing: the shift to it and how often it is right.</summary>
/// <param name="Offset">Days from the written date to the day of writing it points to.</param>
/// <param name="Reliability">How often the day it points to is within a day of the truth.</param>
/// <param name="Seen">How many such dates it was learnt from (0: inherited from a coarser kind or the shipped habits).</param>
public readonly record struct KindHabit(int Offset, double Reliability, int Seen);

/// <summary>How often a chosen date was within a day of the truth, given its kind and whether other dates agree or contradict it.</summary>
public readonly record struct SituationHabit(double Within, int Seen);

/// <summary>
/// An archive's habits of writing dates: for each <see cref="DateKind"/> the shift to the day of writing and how often
/// it is right, for each situation of a chosen date how often it is right (its confidence), and the confidence below
/// which a date is not used (<see cref="Threshold"/>). Learnt by <see cref="DateHabitLearner"/> from articles whose
/// dates are known; <see cref="Default"/> is what ships (<c>date-habits.tsv</c>, learnt from three portals and
/// written by the measurement tests), and an archive with dates of its own learns on top of it.
/// A kind or situation never seen falls back to the coarser one (<c>numeric/attributed</c>, then <c>numeric</c>).
/// </summary>
public sealed class DateHabits
{
    private static readonly Lazy<DateHabits> Shipped = new(LoadDefault);

    private readonly KindHabit?[] _kinds = new KindHabit?[Full];
    private readonly KindHabit?[] _kindsByRole = new KindHabit?[DateKind.Shapes * DateKind.Roles];
    private readonly KindHabit?[] _kindsByShape = new KindHabit?[DateKind.Shapes];
    private readonly SituationHabit?[] _situations = new SituationHabit?[Full * 4];
    private readonly SituationHabit?[] _situationsByRole = new SituationHabit?[DateKind.Shapes * DateKind.Roles * 4];

    private const int Full = DateKind.Shapes * DateKind.Roles * 2;

    /// <summary>A date whose confidence is below this is not used; the article stays undated.</summary>
    public double Threshold { get; internal set; } = 1;

    /// <summary>The reliability of a kind nothing was learnt about.</summary>
    public double Unknown { get; internal set; } = 0.5;

    /// <summary>A copy with another threshold (a site's <c>dates.confidence</c>); the shipped habits are shared, so never changed.</summary>
    public DateHabits WithThreshold(double threshold)
    {
        var copy = new DateHabits { Threshold = threshold, Unknown = Unknown };
        _kinds.CopyTo(copy._kinds, 0);
        _kindsByRole.CopyTo(copy._kindsByRole, 0);
        _kindsByShape.CopyTo(copy._kindsByShape, 0);
        _situations.CopyTo(copy._situations, 0);
        _situationsByRole.CopyTo(copy._situationsByRole, 0);
        return copy;
    }

    /// <summary>The habits that ship with SiteGen.</summary>
    public static DateHabits Default => Shipped.Value;

    /// <summary>The shift and reliability of <paramref name="kind"/>, from the most specific habit known.</summary>
    public KindHabit For(DateKind kind)
    {
        var habit = _kinds[Index(kind)] ?? _kindsByRole[RoleIndex(kind.Shape, kind.Role)] ?? _kindsByShape[(int)kind.Shape] ?? new KindHabit(0, Unknown, 0);
        return kind.FixedShift is { } shift ? habit with { Offset = shift } : habit;
    }

    /// <summary>How often a date chosen from <paramref name="kind"/> is right, given agreement and contradiction.</summary>
    public double Confidence(DateKind kind, bool agrees, bool conflicts)
    {
        var flags = (agrees ? 2 : 0) + (conflicts ? 1 : 0);
        return (_situations[Index(kind) * 4 + flags] ?? _situationsByRole[RoleIndex(kind.Shape, kind.Role) * 4 + flags])?.Within
            ?? For(kind).Reliability;
    }

    public KindHabit? Learnt(DateKind kind) => _kinds[Index(kind)];
    public KindHabit? Learnt(DateShape shape, DateRole role) => _kindsByRole[RoleIndex(shape, role)];
    public KindHabit? Learnt(DateShape shape) => _kindsByShape[(int)shape];
    public SituationHabit? Learnt(DateKind kind, bool agrees, bool conflicts) => _situations[Index(kind) * 4 + (agrees ? 2 : 0) + (conflicts ? 1 : 0)];
    public SituationHabit? Learnt(DateShape shape, DateRole role, bool agrees, bool conflicts) =>
        _situationsByRole[RoleIndex(shape, role) * 4 + (agrees ? 2 : 0) + (conflicts ? 1 : 0)];

    public void Set(DateKind kind, KindHabit habit) => _kinds[Index(kind)] = habit;
    public void Set(DateShape shape, DateRole role, KindHabit habit) => _kindsByRole[RoleIndex(shape, role)] = habit;
    public void Set(DateShape shape, KindHabit habit) => _kindsByShape[(int)shape] = habit;
    public void Set(DateKind kind, bool agrees, bool conflicts, SituationHabit habit) => _situations[Index(kind) * 4 + (agrees ? 2 : 0) + (conflicts ? 1 : 0)] = habit;
    public void Set(DateShape shape, DateRole role, bool agrees, bool conflicts, SituationHabit habit) =>
        _situationsByRole[RoleIndex(shape, role) * 4 + (agrees ? 2 : 0) + (conflicts ? 1 : 0)] = habit;

    private static int RoleIndex(DateShape shape, DateRole role) => (int)shape * DateKind.Roles + (int)role;
    private static int Index(DateKind k) => RoleIndex(k.Shape, k.Role) * 2 + (k.InLead ? 1 : 0);

    /// <summary>Every kind, coarse ones included, in a fixed order.</summary>
    public static IEnumerable<(DateShape Shape, DateRole? Role, bool? InLead)> AllKeys()
    {
        for (var s = DateShape.Numeric; s <= DateShape.Contradicted; s++)
        {
            yield return (s, null, null);
            for (var r = DateRole.Attributed; r <= DateRole.DayAfterTomorrow; r++)
            {
                yield return (s, r, null);
                yield return (s, r, true);
                yield return (s, r, false);
            }
        }
    }

    /// <summary>Writes the habits as the tab-separated text <see cref="Read"/> reads, with numbers rounded to three places.</summary>
    public void Write(TextWriter output, string header)
    {
        foreach (var line in header.Split('\n')) output.Write($"# {line}\n");
        output.Write($"threshold\t{F(Threshold)}\nunknown\t{F(Unknown)}\n");
        foreach (var (shape, role, inLead) in AllKeys())
        {
            var key = Key(shape, role, inLead);
            var habit = role is not { } r ? Learnt(shape) : inLead is not { } l ? Learnt(shape, r) : Learnt(new DateKind(shape, r, l));
            if (habit is { } h) output.Write($"kind\t{key}\t{h.Offset}\t{F(h.Reliability)}\t{h.Seen}\n");
        }
        foreach (var (shape, role, inLead) in AllKeys())
        {
            if (role is not { } r) continue;
            foreach (var agrees in new[] { false, true })
                foreach (var conflicts in new[] { false, true })
                {
                    var habit = inLead is not { } l ? Learnt(shape, r, agrees, conflicts) : Learnt(new DateKind(shape, r, l), agrees, conflicts);
                    if (habit is { } h)
                        output.Write($"situation\t{Key(shape, role, inLead)}\t{(agrees ? "agrees" : "alone")}\t{(conflicts ? "contradicted" : "clear")}\t{F(h.Within)}\t{h.Seen}\n");
                }
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static DateHabits Read(TextReader input)
    {
        var habits = new DateHabits();
        var number = 0;
        while (input.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            try
            {
                switch (f[0])
                {
                    case "threshold": habits.Threshold = D(f[1]); break;
                    case "unknown": habits.Unknown = D(f[1]); break;
                    case "kind":
                        var kind = new KindHabit(int.Parse(f[2], CultureInfo.InvariantCulture), D(f[3]), int.Parse(f[4], CultureInfo.InvariantCulture));
                        switch (ParseKey(f[1]))
                        {
                            case (var s, null, null): habits.Set(s, kind); break;
                            case (var s, { } r, null): habits.Set(s, r, kind); break;
                            case (var s, { } r, { } l): habits.Set(new DateKind(s, r, l), kind); break;
                        }
                        break;
                    case "situation":
                        var situation = new SituationHabit(D(f[4]), int.Parse(f[5], CultureInfo.InvariantCulture));
                        var (agrees, conflicts) = (f[2] == "agrees", f[3] == "contradicted");
                        switch (ParseKey(f[1]))
                        {
                            case (var s, { } r, null): habits.Set(s, r, agrees, conflicts, situation); break;
                            case (var s, { } r, { } l): habits.Set(new DateKind(s, r, l), agrees, conflicts, situation); break;
                            default: throw new FormatException("a situation needs a shape and a role");
                        }
                        break;
                    default: throw new FormatException($"unknown entry '{f[0]}'");
                }
            }
            catch (Exception e) when (e is FormatException or IndexOutOfRangeException or OverflowException)
            {
                throw new FormatException($"date habits, line {number}: {e.Message}", e);
            }
        }
        return habits;
    }

    private static string Key(DateShape shape, DateRole? role, bool? inLead) =>
        role is not { } r ? DateKind.Name(shape) : inLead is not { } l ? $"{DateKind.Name(shape)}/{DateKind.Name(r)}" : new DateKind(shape, r, l).ToString();

    private static (DateShape, DateRole?, bool?) ParseKey(string key)
    {
        var parts = key.Split('/');
        var shape = DateKind.ShapeNamed(parts[0]) ?? throw new FormatException($"unknown shape '{parts[0]}'");
        if (parts.Length == 1) return (shape, null, null);
        var role = DateKind.RoleNamed(parts[1]) ?? throw new FormatException($"unknown role '{parts[1]}'");
        if (parts.Length == 2) return (shape, role, null);
        return (shape, role, parts[2] switch { "lead" => true, "body" => false, _ => throw new FormatException($"unknown place '{parts[2]}'") });
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
    private static double D(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static DateHabits LoadDefault()
    {
        using var stream = typeof(DateHabits).Assembly.GetManifestResourceStream("SiteGen.Inference.date-habits.tsv")
            ?? throw new InvalidOperationException("the date habits are missing from the SiteGen assembly");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }
}
