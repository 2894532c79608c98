namespace SiteGen.Model;

public sealed record FeedSettings
{
    public int Size { get; init; } = 50;
}
