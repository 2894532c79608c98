namespace SiteGen.Model;

public sealed record TagSettings
{
    public bool Enabled { get; init; } = true;
    public int Max { get; init; } = 5;
    public List<string> StopWords { get; init; } = [];
    /// <summary>Alias to canonical name, e.g. <c>Korut: Korea Utara</c>.</summary>
    public Dictionary<string, string> Aliases { get; init; } = new(StringComparer.Ordinal);
}
