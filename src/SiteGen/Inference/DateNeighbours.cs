using SiteGen.Model;

namespace SiteGen.Inference;

/// <summary>
/// Many archives are files named in the order they were written or collected (<c>okezone_0001.txt</c>,
/// <c>0412-banjir.txt</c>): then an article the text cannot date went out on or about the day of the articles filed
/// around it. Only a clear consensus counts: the <see cref="PerSide"/> nearest dated articles before it and as many after
/// it all went out within <see cref="Spread"/> day of each other. Whether this archive is one where that holds is
/// learnt from itself: for every dated article with such a consensus around it, how often its own date is within a day
/// of the consensus. When that rate reaches the confidence threshold, an undated article with a consensus around it
/// takes the consensus day (the middle one), with the rate as its confidence. File order is the ordinal order of the
/// source paths, never the order a file system lists them in.
/// </summary>
public static class DateNeighbours
{
    /// <summary>Dated articles on each side that must agree.</summary>
    public const int PerSide = 3;

    /// <summary>Days the agreeing neighbours may span.</summary>
    public const int Spread = 1;

    /// <summary>Dated articles with a consensus around them the archive needs before its file order is trusted.</summary>
    public const int MinWitnesses = 20;

    /// <summary>Fills <paramref name="verdicts"/> of undated articles (no declared date, no confident text date) from their neighbours.</summary>
    public static void Fill(IReadOnlyList<Article> known, DateVerdict?[] verdicts, double threshold)
    {
        var order = Enumerable.Range(0, known.Count).OrderBy(i => known[i].SourcePath, StringComparer.Ordinal).ToArray();
        var dates = new DateOnly?[order.Length];
        for (var k = 0; k < order.Length; k++)
        {
            var i = order[k];
            dates[k] = known[i].Date ?? (verdicts[i] is { } v && v.Confidence >= threshold ? v.Date : null);
        }

        var rate = Rate(dates, out var witnesses);
        if (witnesses < MinWitnesses || rate < threshold) return;
        for (var k = 0; k < order.Length; k++)
            if (dates[k] is null && Consensus(dates, k) is { } day)
                verdicts[order[k]] = new DateVerdict(day, rate, null, false, false, Basis: DateBasis.Neighbours);
    }

    /// <summary>How often a dated article is within a day of the consensus around it, smoothed towards even odds.</summary>
    public static double Rate(DateOnly?[] dates, out int witnesses)
    {
        var agree = 0;
        witnesses = 0;
        for (var k = 0; k < dates.Length; k++)
        {
            if (dates[k] is not { } own || Consensus(dates, k) is not { } day) continue;
            witnesses++;
            if (Math.Abs(own.DayNumber - day.DayNumber) <= 1) agree++;
        }
        return (agree + 2.0) / (witnesses + 4.0);
    }

    /// <summary>The middle day of the <see cref="PerSide"/> nearest dated articles on each side of <paramref name="k"/>, when they span at most <see cref="Spread"/> day.</summary>
    private static DateOnly? Consensus(DateOnly?[] dates, int k)
    {
        Span<int> days = stackalloc int[2 * PerSide];
        var n = 0;
        for (var i = k - 1; i >= 0 && n < PerSide; i--) if (dates[i] is { } d) days[n++] = d.DayNumber;
        if (n < PerSide) return null;
        for (var i = k + 1; i < dates.Length && n < 2 * PerSide; i++) if (dates[i] is { } d) days[n++] = d.DayNumber;
        if (n < 2 * PerSide) return null;
        days.Sort();
        return days[^1] - days[0] > Spread ? null : DateOnly.FromDayNumber(days[PerSide]);
    }
}
