using SiteGen.Articles;

namespace SiteGen.Inference;

/// <summary>
/// Many archives are files named in the order they were written or collected (<c>okezone_0001.txt</c>,
/// <c>0412-banjir.txt</c>): then an article the text cannot date went out on or about the day of the articles filed
/// right before and after it. Whether this archive is one of them is learnt from itself: for every dated article whose
/// nearest dated neighbours on both sides share a day, how often its own date is within a day of that day. When that
/// rate reaches the confidence threshold, an undated article whose two nearest dated neighbours share a day takes that
/// day, with the rate as its confidence. File order is the ordinal order of the source paths, never the order a file
/// system lists them in.
/// </summary>
public static class DateNeighbours
{
    /// <summary>Dated articles with agreeing neighbours an archive needs before its file order is trusted.</summary>
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
            if (dates[k] is null && Shared(dates, k) is { } day)
                verdicts[order[k]] = new DateVerdict(day, rate, null, false, false, Basis: DateBasis.Neighbours);
    }

    /// <summary>How often a dated article is within a day of the day its neighbours share, smoothed towards even odds.</summary>
    public static double Rate(DateOnly?[] dates, out int witnesses)
    {
        int agree = 0;
        witnesses = 0;
        for (var k = 0; k < dates.Length; k++)
        {
            if (dates[k] is not { } own || Shared(dates, k) is not { } day) continue;
            witnesses++;
            if (Math.Abs(own.DayNumber - day.DayNumber) <= 1) agree++;
        }
        return (agree + 2.0) / (witnesses + 4.0);
    }

    /// <summary>The day the nearest dated articles before and after position <paramref name="k"/> share, or null.</summary>
    private static DateOnly? Shared(DateOnly?[] dates, int k)
    {
        int before = k - 1, after = k + 1;
        while (before >= 0 && dates[before] is null) before--;
        while (after < dates.Length && dates[after] is null) after++;
        if (before < 0 || after >= dates.Length) return null;
        return dates[before] == dates[after] ? dates[before] : null;
    }
}
