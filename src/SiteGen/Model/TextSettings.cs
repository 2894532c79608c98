namespace SiteGen.Model;

/// <summary><c>text</c> in site.yml: what SiteGen does to article text while reading it.</summary>
public sealed record TextSettings
{
    /// <summary>
    /// The repairs made, all by default. <c>repair: false</c> turns them all off (text as the files have it, for an
    /// archive that wants it verbatim); a mapping turns single ones off: <c>repair: { teaser: false }</c>.
    /// </summary>
    public TextRepairs Repair { get; init; } = TextRepairs.All;
}
