namespace SiteGen.Model;

/// <summary>
/// The names of <see cref="TextRepairs"/> as people see and write them: in <c>sitegen list</c>, in the build's summary
/// line and as the keys of <c>text.repair</c> in site.yml. One list, so the three always agree.
/// </summary>
public static class TextRepairNames
{
    public static readonly IReadOnlyList<(TextRepairs Repair, string Name)> All =
    [
        (TextRepairs.Mojibake, "mojibake"),
        (TextRepairs.Invisible, "invisible"),
        (TextRepairs.Teaser, "teaser"),
        (TextRepairs.Dateline, "dateline"),
        (TextRepairs.Debris, "debris"),
    ];

    /// <summary>The names of the repairs in <paramref name="repairs"/>, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Of(TextRepairs repairs)
    {
        if (repairs == TextRepairs.None) return [];
        var names = new List<string>(All.Count);
        foreach (var (repair, name) in All)
            if (repairs.HasFlag(repair)) names.Add(name);
        return names;
    }

    public static bool TryParse(string name, out TextRepairs repair)
    {
        foreach (var (r, n) in All)
            if (n == name) { repair = r; return true; }
        repair = TextRepairs.None;
        return false;
    }
}
