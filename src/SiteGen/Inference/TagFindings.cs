namespace SiteGen.Inference;

/// <summary>
/// What tag finding learns from one article: its keyphrases, and what it says about names that other articles may
/// write short (the corpus step, <see cref="CorpusAliases"/>, learns from every article's findings).
/// </summary>
/// <param name="Candidates">The article's keyphrases, its own aliases already counted in.</param>
/// <param name="Abbreviations">The abbreviations the article defines in parentheses: <c>Komisi Pemberantasan Korupsi (KPK)</c>.</param>
/// <param name="NameParts">Each name the article writes that is part of exactly one longer name it also writes: a surname,
/// a first name, the first words of a longer name (<c>Shoigu</c>, <c>Imam</c>, <c>Dewan Pengawas</c>).</param>
/// <param name="Excluded">Keys never to tag in this article: its dateline city and its portal.</param>
public sealed record TagFindings(
    IReadOnlyList<TagCandidate> Candidates,
    IReadOnlyList<AbbreviationDefinition> Abbreviations,
    IReadOnlyList<NamePartUse> NameParts,
    IReadOnlyList<string> Excluded)
{
    /// <summary>What an article without tag evidence (tags declared, or inference off when it was read) contributes.</summary>
    public static readonly TagFindings Empty = new([], [], [], []);
}

/// <summary>An abbreviation an article defines: folded keys of both forms, and the short form as written.</summary>
public readonly record struct AbbreviationDefinition(string Abbreviation, string Spelling, string LongForm);

/// <summary>
/// A name written beside the one longer name in the same article that contains its words in order: <c>Shoigu</c>
/// after <c>Sergei Shoigu</c>, <c>Imam</c> after <c>Imam Nahrawi</c> is its short form (<see cref="AsShortForm"/>); a
/// name written alone before the longer one is a name of its own (<c>Ukraina</c> before <c>Invasi Ukraina</c>).
/// </summary>
/// <param name="Part">The folded key of the shorter name.</param>
/// <param name="FullName">The folded key of the longer name.</param>
/// <param name="IsLastWord">The part is the longer name's last word (a surname), which the article counts in at once.</param>
public readonly record struct NamePartUse(string Part, string FullName, bool AsShortForm, bool IsLastWord = false);
