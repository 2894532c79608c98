using SiteGen.Model;

namespace SiteGen.Inference;

/// <summary>
/// The tags the archive-wide tag steps chose in the last build, for the next one to reuse: each article's tags (in the
/// order the articles came in) and each tag's aliases, with the key of everything the steps read (<see cref="KeyOf"/>).
/// The steps (<see cref="TagExtraction.Choose"/>) are a pure function of that key's inputs, so a build with the same key
/// takes their result instead of running them. An edit that leaves an article's names as they were (a typo fixed, a
/// paragraph added that names no one new) leaves the key as it was; any other change runs the steps over the whole
/// archive, exactly as a clean build does.
/// </summary>
/// <param name="Tags">Each article's chosen tags, as shown; empty lists for articles whose tags are declared.</param>
/// <param name="Aliases">What <see cref="TagReport.Aliases"/> was given.</param>
public sealed record TagMemory(Hash128 Key, IReadOnlyList<string>[] Tags, IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases)
{
    /// <summary>
    /// Everything the tag steps read: the settings the lexicon is made from, and every article's findings (by their key,
    /// <see cref="ArticleEvidence.TagsKey"/>) and whether its tags come from the text (only those articles' tags give
    /// aliases), in order.
    /// </summary>
    public static Hash128 KeyOf(IReadOnlyList<Hash128> findings, IReadOnlyList<bool> fromText, TagSettings settings)
    {
        var f = settings.AddTo(new Fingerprint()).Add(findings.Count);
        for (var i = 0; i < findings.Count; i++) f.Add(fromText[i]).Add(findings[i]);
        return f.Value;
    }

    /// <summary>Every field of one article's findings; a field added to them must be added here (TagMemoryTests checks).</summary>
    public static Hash128 KeyOf(TagFindings findings)
    {
        var f = new Fingerprint().Add(findings.Candidates.Count);
        foreach (var c in findings.Candidates)
        {
            f.Add(c.Key).Add(c.Display).Add(c.Count).Add(c.FirstWord).Add(c.InTitle).Add(c.OnlyAtSentenceStart).Add(c.DisplayFixed)
                .Add(c.InLead).Add(c.WrittenSmall).Add(c.Forms).Add(c.ShortForm).Add(c.TitleAt);
        }
        f.Add(findings.Abbreviations.Count);
        foreach (var a in findings.Abbreviations) f.Add(a.Abbreviation).Add(a.Spelling).Add(a.LongForm);
        f.Add(findings.NameParts.Count);
        foreach (var p in findings.NameParts) f.Add(p.Part).Add(p.FullName).Add(p.AsShortForm).Add(p.IsLastWord);
        f.Add(findings.Excluded);
        return f.Value;
    }
}
