using SiteGen.Language;

namespace SiteGen.Inference;

/// <summary>An article's date evidence with its known date, to learn habits from.</summary>
public readonly record struct DatedEvidence(DateEvidence Evidence, DateOnly Date);

/// <param name="LearnOffsets">Learn a shift to the day after a written date where the dates show one (an archive
/// learning its own habit); off, every shift but a relative word's stays as <paramref name="prior"/> has it.</param>
/// <param name="WorstGroup">Take each rate as the lowest any group (portal) with <see cref="MinGroup"/> cases shows,
/// so a habit learnt from several portals holds on each of them, not only on their sum.</param>
/// <param name="Weight">How many cases the coarser habit (or the prior) counts for when a kind is learnt from few.</param>
/// <param name="Target">The share of used dates that may be more than a day off, for choosing the threshold.</param>
/// <param name="Situations">Learn the confidence of a chosen date from its situation (agreeing and contradicting dates);
/// off, it is the reliability of its kind alone (to measure what situations buy).</param>
public sealed record DateLearning(bool LearnOffsets = false, bool WorstGroup = true, double Weight = 8, double Target = 0.02, int MinGroup = 20,
    bool Situations = true);

/// <summary>
/// Learns <see cref="DateHabits"/> from articles whose dates are known: per kind of written date, the shift to the day of
/// writing and how often it is within a day; per situation of a chosen date, how often it was right; and the lowest
/// confidence at which no more than <see cref="DateLearning.Target"/> of the dates used are more than a day off.
/// Used twice: by the measurement tests to learn the shipped habits from the visible portals (and, leaving one portal
/// out, to test them on it), and by a build to learn an archive's own habits from the part of it that has dates.
/// </summary>
public static class DateHabitLearner
{
    private sealed class Tally
    {
        public int Count;
        public readonly int[] Exact = new int[2];  // with shift 0 and +1 (or the fixed shift in both)
        public readonly int[] Within = new int[2];
    }

    /// <param name="groups">The dated articles, one list per portal (or a single list: one archive).</param>
    /// <param name="prior">What a kind falls back to when learnt from few cases (<see cref="DateHabits.Default"/>, or empty habits).</param>
    public static DateHabits Learn(IReadOnlyList<IReadOnlyList<DatedEvidence>> groups, DateHabits prior, DateLearning options)
    {
        var calendars = groups.Select(g => new CorpusCalendar(g.Select(d => d.Date))).ToArray();
        var habits = LearnKinds(groups, calendars, prior, options);
        if (options.Situations) LearnSituations(groups, calendars, habits, prior, options);
        habits.Threshold = ChooseThreshold(groups, calendars, habits, options);
        return habits;
    }

    private static DateHabits LearnKinds(IReadOnlyList<IReadOnlyList<DatedEvidence>> groups, CorpusCalendar[] calendars, DateHabits prior, DateLearning options)
    {
        // Tallies per key (shape, role, place; coarser keys use -1), pooled and per group.
        var pooled = new Dictionary<(int, int, int), Tally>();
        var perGroup = groups.Select(_ => new Dictionary<(int, int, int), Tally>()).ToArray();
        for (var g = 0; g < groups.Count; g++)
            foreach (var (evidence, truth) in groups[g])
                foreach (var clue in evidence.Clues)
                {
                    if (DateInference.Place(clue, evidence.Clues, calendars[g]) is not { } date) continue;
                    var kind = clue.Kind;
                    var (a, b) = kind.FixedShift is { } s ? (s, s) : (0, 1);
                    foreach (var key in Keys(kind))
                        foreach (var tally in new[] { Get(pooled, key), Get(perGroup[g], key) })
                        {
                            tally.Count++;
                            Count(tally, 0, truth.DayNumber - (date.DayNumber + a));
                            Count(tally, 1, truth.DayNumber - (date.DayNumber + b));
                        }
                }

        var habits = new DateHabits { Unknown = prior.Unknown, Threshold = prior.Threshold };
        // Coarse keys first, so each finer key can lean on the one above it.
        foreach (var key in pooled.Keys.OrderBy(k => (k.Item2 < 0 ? 0 : k.Item3 < 0 ? 1 : 2, k.Item1, k.Item2, k.Item3)))
        {
            var tally = pooled[key];
            var (shape, role, place) = ((DateShape)key.Item1, key.Item2 < 0 ? (DateRole?)null : (DateRole)key.Item2, key.Item3 < 0 ? (bool?)null : key.Item3 == 1);
            var priorHabit = Learnt(prior, shape, role, place);
            var parent = role is null ? null : place is null ? habits.Learnt(shape) : habits.Learnt(shape, role.Value);
            var fixedShift = role is { } r && new DateKind(shape, r, false).FixedShift is not null;
            var offset = priorHabit?.Offset ?? parent?.Offset ?? 0;
            if (fixedShift) offset = 0;
            else if (options.LearnOffsets && tally.Count >= MinForOffset)
                offset = tally.Exact[1] > tally.Exact[0] ? 1 : tally.Exact[0] > tally.Exact[1] ? 0 : offset;
            var slot = fixedShift ? 0 : offset;
            var towards = priorHabit?.Reliability ?? parent?.Reliability ?? prior.Unknown;
            var rate = Smoothed(tally.Within[slot], tally.Count, towards, options.Weight);
            if (options.WorstGroup)
                foreach (var group in perGroup)
                    if (group.TryGetValue(key, out var t) && t.Count >= options.MinGroup)
                        rate = Math.Min(rate, Smoothed(t.Within[slot], t.Count, towards, options.Weight));
            var habit = new KindHabit(offset, rate, tally.Count);
            if (role is not { } known) habits.Set(shape, habit);
            else if (place is not { } lead) habits.Set(shape, known, habit);
            else habits.Set(new DateKind(shape, known, lead), habit);
        }
        return habits;
    }

    /// <summary>
    /// An archive's own habits, learnt from its dated articles on top of <paramref name="prior"/>: shifts included, since
    /// they differ between portals. Its threshold is never below the prior's: a confidence learnt and checked on the
    /// same few articles flatters itself.
    /// </summary>
    public static DateHabits LearnOwn(IReadOnlyList<DatedEvidence> dated, DateHabits prior)
    {
        var habits = Learn([dated], prior, new DateLearning(LearnOffsets: true, WorstGroup: false));
        return habits.Threshold >= prior.Threshold ? habits : habits.WithThreshold(prior.Threshold);
    }

    /// <summary>Situations: how often the date chosen with the kind habits alone was right, given its kind, agreement and contradiction.</summary>
    private static void LearnSituations(IReadOnlyList<IReadOnlyList<DatedEvidence>> groups, CorpusCalendar[] calendars, DateHabits habits, DateHabits prior, DateLearning options)
    {
        var pooled = new Dictionary<(DateKind, bool, bool, bool), (int N, int Right, double Reliability)>();
        var perGroup = groups.Select(_ => new Dictionary<(DateKind, bool, bool, bool), (int N, int Right, double Reliability)>()).ToArray();
        for (var g = 0; g < groups.Count; g++)
            foreach (var (evidence, truth) in groups[g])
            {
                if (DateInference.Decide(evidence, habits, calendars[g]) is not { } v) continue;
                var right = Math.Abs(v.Date.DayNumber - truth.DayNumber) <= 1 ? 1 : 0;
                var chosen = v.Clue!.Value.Kind;
                var reliability = habits.For(chosen).Reliability;
                foreach (var coarse in new[] { true, false })
                {
                    var key = (chosen with { InLead = !coarse && chosen.InLead }, v.Agrees, v.Conflicts, coarse);
                    foreach (var table in new[] { pooled, perGroup[g] })
                    {
                        var cur = table.GetValueOrDefault(key);
                        table[key] = (cur.N + 1, cur.Right + right, cur.Reliability + reliability);
                    }
                }
            }

        foreach (var key in pooled.Keys.OrderBy(k => k.Item4 ? 0 : 1).ThenBy(k => (k.Item1.Shape, k.Item1.Role, k.Item1.InLead, k.Item2, k.Item3)))
        {
            var (n, right, sum) = pooled[key];
            var (kind, agrees, conflicts, coarse) = key;
            var priorHabit = coarse ? prior.Learnt(kind.Shape, kind.Role, agrees, conflicts) : prior.Learnt(kind, agrees, conflicts);
            var parent = coarse ? null : habits.Learnt(kind.Shape, kind.Role, agrees, conflicts);
            var towards = priorHabit?.Within ?? parent?.Within ?? sum / n;
            var rate = Smoothed(right, n, towards, options.Weight);
            if (options.WorstGroup)
                foreach (var group in perGroup)
                    if (group.TryGetValue(key, out var t) && t.N >= options.MinGroup)
                        rate = Math.Min(rate, Smoothed(t.Right, t.N, towards, options.Weight));
            if (coarse) habits.Set(kind.Shape, kind.Role, agrees, conflicts, new SituationHabit(rate, n));
            else habits.Set(kind, agrees, conflicts, new SituationHabit(rate, n));
        }
    }

    /// <summary>The lowest confidence at which, in every group with enough dates, at most the target share is more than a day off.</summary>
    public static double ChooseThreshold(IReadOnlyList<IReadOnlyList<DatedEvidence>> groups, CorpusCalendar[] calendars, DateHabits habits, DateLearning options)
    {
        var outcomes = new List<(double Confidence, bool Wrong)>[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            outcomes[g] = [];
            foreach (var (evidence, truth) in groups[g])
                if (DateInference.Decide(evidence, habits, calendars[g]) is { } v)
                    outcomes[g].Add((v.Confidence, Math.Abs(v.Date.DayNumber - truth.DayNumber) > 1));
        }
        var pooled = outcomes.SelectMany(o => o).ToList();
        foreach (var threshold in pooled.Select(o => o.Confidence).Append(0).Distinct().Order())
        {
            bool Holds(List<(double Confidence, bool Wrong)> list)
            {
                int used = 0, wrong = 0;
                foreach (var (confidence, isWrong) in list)
                    if (confidence >= threshold) { used++; if (isWrong) wrong++; }
                return wrong <= options.Target * used;
            }
            var holds = options.WorstGroup
                ? outcomes.All(o => o.Count(x => x.Confidence >= threshold) < options.MinGroup || Holds(o))
                : Holds(pooled);
            if (holds) return threshold;
        }
        return 1;
    }

    /// <summary>Cases a kind needs before its own shift is learnt.</summary>
    public const int MinForOffset = 5;

    private static double Smoothed(int right, int count, double towards, double weight) => (right + weight * towards) / (count + weight);

    private static void Count(Tally tally, int slot, int off)
    {
        if (off == 0) tally.Exact[slot]++;
        if (Math.Abs(off) <= 1) tally.Within[slot]++;
    }

    private static IEnumerable<(int, int, int)> Keys(DateKind kind)
    {
        yield return ((int)kind.Shape, -1, -1);
        yield return ((int)kind.Shape, (int)kind.Role, -1);
        yield return ((int)kind.Shape, (int)kind.Role, kind.InLead ? 1 : 0);
    }

    private static KindHabit? Learnt(DateHabits habits, DateShape shape, DateRole? role, bool? inLead) =>
        role is not { } r ? habits.Learnt(shape) : inLead is not { } l ? habits.Learnt(shape, r) : habits.Learnt(new DateKind(shape, r, l));

    private static Tally Get(Dictionary<(int, int, int), Tally> tallies, (int, int, int) key)
    {
        if (!tallies.TryGetValue(key, out var t)) tallies[key] = t = new Tally();
        return t;
    }
}
