namespace SiteGen.Model;

public sealed record SearchSettings
{
    public bool Enabled { get; init; } = true;
    /// <summary>Heading of the search page.</summary>
    public string Title { get; init; } = "Cari berita";
}
