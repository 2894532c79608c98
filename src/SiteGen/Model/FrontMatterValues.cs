namespace SiteGen.Model;

/// <summary>The fields front matter may override. Null means "not given".</summary>
public sealed record FrontMatterValues
{
    public static readonly FrontMatterValues Empty = new();
    public string? Title { get; init; }
    public string? Description { get; init; }
    public DateOnly? Date { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public string? Slug { get; init; }
    public string? Editor { get; init; }
    public string? City { get; init; }
    public string? Section { get; init; }
    public bool? Draft { get; init; }
}
