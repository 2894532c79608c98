using System.Globalization;

namespace SiteGen.Model;

/// <summary>
/// How many of a build's articles had each text repair: the build says it in one line
/// (<c>repaired text in 720 articles: mojibake 681, teaser 198, …</c>) rather than a warning per article.
/// </summary>
/// <param name="ByRepair">Articles per repair, in the order of <see cref="TextRepairNames.All"/>.</param>
public sealed record TextRepairCounts(int Articles, IReadOnlyList<int> ByRepair)
{
    public static readonly TextRepairCounts None = new(0, new int[TextRepairNames.All.Count]);

    public static TextRepairCounts Of(IEnumerable<TextRepairs> articles)
    {
        var total = 0;
        var byRepair = new int[TextRepairNames.All.Count];
        foreach (var repairs in articles)
        {
            if (repairs == TextRepairs.None) continue;
            total++;
            for (var i = 0; i < byRepair.Length; i++)
                if (repairs.HasFlag(TextRepairNames.All[i].Repair)) byRepair[i]++;
        }
        return new TextRepairCounts(total, byRepair);
    }

    /// <summary>The summary line, naming only the repairs that were made; empty when none was.</summary>
    public override string ToString()
    {
        if (Articles == 0) return "";
        var parts = new List<string>();
        for (var i = 0; i < ByRepair.Count; i++)
            if (ByRepair[i] > 0) parts.Add(string.Create(CultureInfo.InvariantCulture, $"{TextRepairNames.All[i].Name} {ByRepair[i]}"));
        var articles = Articles == 1 ? "1 article" : string.Create(CultureInfo.InvariantCulture, $"{Articles} articles");
        return $"repaired text in {articles}: {string.Join(", ", parts)}";
    }

    public bool Equals(TextRepairCounts? other) => other is not null && Articles == other.Articles && ByRepair.SequenceEqual(other.ByRepair);

    public override int GetHashCode() => HashCode.Combine(Articles, ByRepair.Count > 0 ? ByRepair[0] : 0);
}
