namespace SiteGen.Model;

public sealed record TagSettings
{
    public bool Enabled { get; init; } = true;
    public int Max { get; init; } = 5;
    public List<string> StopWords { get; init; } = [];
    /// <summary>Alias to canonical name, e.g. <c>Korut: Korea Utara</c>.</summary>
    public Dictionary<string, string> Aliases { get; init; } = new(StringComparer.Ordinal);
    /// <summary>
    /// What a tag page says before the other forms its tag was written in (<c>Juga ditulis: Komisi Pemberantasan
    /// Korupsi</c>), so a reader, and search, find the page by any of them. Empty: the page names none.
    /// </summary>
    public string AliasesLabel { get; init; } = "Juga ditulis";

    /// <summary>Adds what tag finding and the tag steps read of these settings (not the label pages print).</summary>
    public Fingerprint AddTo(Fingerprint f)
    {
        f.Add(Enabled).Add(Max).Add(StopWords);
        foreach (var (alias, canonical) in Aliases.OrderBy(a => a.Key, StringComparer.Ordinal)) f.Add(alias).Add(canonical);
        return f;
    }
}
