namespace SiteGen.Inference;

/// <summary>
/// What tag finding learns from one article: its keyphrases, and what it says about names that other articles may
/// write short (the corpus step, <see cref="CorpusAliases"/>, learns from every article's findings).
/// </summary>
/// <param name="Candidates">The article's keyphrases, its own aliases already counted in.</param>
/// <param name="Abbreviations">The abbreviations the article defines in parentheses: <c>Komisi Pemberantasan Korupsi (KPK)</c>.</param>
/// <param name="Surnames">Each one-word name the article writes beside the one longer name ending in it.</param>
/// <param name="Excluded">Keys never to tag in this article: its dateline city and its portal.</param>
public sealed record TagFindings(
    IReadOnlyList<TagCandidate> Candidates,
    IReadOnlyList<AbbreviationDefinition> Abbreviations,
    IReadOnlyList<SurnameUse> Surnames,
    IReadOnlyList<string> Excluded)
{
    /// <summary>What an article without tag evidence (tags declared, or inference off when it was read) contributes.</summary>
    public static readonly TagFindings Empty = new([], [], [], []);
}

/// <summary>An abbreviation an article defines: folded keys of both forms, and the short form as written.</summary>
public readonly record struct AbbreviationDefinition(string Abbreviation, string Spelling, string LongForm);

/// <summary>
/// A one-word name written beside the one longer name in the same article that ends in it: <c>Shoigu</c> after
/// <c>Sergei Shoigu</c> is its short form (<see cref="AsShortForm"/>); a word written alone before the full name is a
/// name of its own (<c>Ukraina</c> before <c>Invasi Ukraina</c>).
/// </summary>
public readonly record struct SurnameUse(string Surname, string FullName, bool AsShortForm);
