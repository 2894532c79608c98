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
public sealed record TagCandidate(string Key, string Display, int Count, int FirstWord, bool InTitle, bool OnlyAtSentenceStart, bool DisplayFixed = false);
