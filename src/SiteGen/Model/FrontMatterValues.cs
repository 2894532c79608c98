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

    /// <summary>Whether <paramref name="other"/> gives exactly these values, its tags item by item (a record compares lists by reference).</summary>
    public bool SameAs(FrontMatterValues other) =>
        this with { Tags = other.Tags } == other && (Tags is null ? other.Tags is null : other.Tags is not null && Tags.SequenceEqual(other.Tags));
}
