namespace SiteGen.Inference;

/// <summary>
/// A keyphrase one article mentions: a name of a person, place, organisation or event, with its aliases already
/// counted in (<c>Korut</c> counts as <c>Korea Utara</c>).
/// </summary>
/// <param name="Key">The folded key (<see cref="TagKeys.Fold"/>).</param>
/// <param name="Display">The spelling the article uses most.</param>
/// <param name="Count">Mentions in the body.</param>
/// <param name="FirstWord">Position of the first mention, in characters from the start of the body: ties go to the earlier.</param>
/// <param name="InTitle">Whether the title names it too.</param>
/// <param name="OnlyAtSentenceStart">Seen only where a sentence starts, so its capital may be grammar, not a name.</param>
/// <param name="DisplayFixed">The display comes from the site's aliases and is kept as it is.</param>
/// <param name="InLead">Named in the first paragraph: the lead says what the story is about.</param>
/// <param name="WrittenSmall">The article also writes it in lowercase (<c>gedung</c>, <c>surat keputusan</c>): a common
/// noun capitalised by the sentence or by habit, not a name. The archive decides from how many of its articles do.</param>
/// <param name="Forms">Other names the article wrote for it and that were counted in: an abbreviation, a surname
/// (<c>Kemhan</c>, <c>Shoigu</c>); null when none. <c>sitegen list</c> shows them.</param>
/// <param name="ShortForm">The abbreviation or nickname the article writes more often than the name itself
/// (<c>KPK</c>), its vote for the form the tag is shown in (<see cref="TagSpellings"/>); null when none. An empty
/// <see cref="Display"/> then means the article never spells the name out.</param>
/// <param name="TitleAt">Where the title names the name itself (not only a surname or abbreviation counted in), in
/// characters; -1 when it does not. A headline puts its subject first (<c>MNC Sekuritas Resmikan Galeri Investasi BEI</c>).</param>
public sealed record TagCandidate(string Key, string Display, int Count, int FirstWord, bool InTitle, bool OnlyAtSentenceStart,
    bool DisplayFixed = false, bool InLead = false, bool WrittenSmall = false, IReadOnlyList<string>? Forms = null, string? ShortForm = null,
    int TitleAt = -1);
