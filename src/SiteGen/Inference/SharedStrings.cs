using System.Collections.Concurrent;
using SiteGen.Inference.Sections;
using SiteGen.Model;

namespace SiteGen.Inference;

/// <summary>
/// Makes what a build keeps of each analysed article until inference is done share one instance of every string
/// that articles repeat: tag candidates' keys and spellings, abbreviations, surnames, datelines' cities, portals and
/// editors. Each analysis makes its own copies, and a popular name is in thousands of articles; the evidence's lists
/// also become arrays of exactly their length. Values are unchanged, only shared. One per build, used in parallel.
/// </summary>
internal sealed class SharedStrings
{
    private readonly ConcurrentDictionary<string, string> _strings;
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public SharedStrings()
    {
        _strings = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public AnalysedArticle Share(AnalysedArticle analysed) => analysed with
    {
        Article = analysed.Article is { } article ? Share(article) : null,
        Evidence = Share(analysed.Evidence),
    };

    private Article Share(Article a) => a with { City = ShareOrNull(a.City), Source = ShareOrNull(a.Source), Editor = ShareOrNull(a.Editor) };

    private ArticleEvidence Share(ArticleEvidence e) =>
        e.Date is null && e.Tags is null && e.Words.Count == 0 ? e
            : new ArticleEvidence(e.Date is { } d ? Share(d) : null, e.Tags is { } t ? Share(t) : null, Share(e.Words));

    private WordBag Share(WordBag bag)
    {
        if (bag.Count == 0) return bag;
        var words = new string[bag.Count];
        for (var i = 0; i < words.Length; i++) words[i] = Share(bag.Words[i]);
        return new WordBag(words, [.. bag.Counts]);
    }

    // The sentinels (DateEvidence.None, TagFindings.Empty) are kept as they are: nothing to share in them.
    private static DateEvidence Share(DateEvidence d) =>
        d.Clues.Count + d.RelativeWeekdays.Count == 0 ? d : new DateEvidence([.. d.Clues], [.. d.RelativeWeekdays]);

    private TagFindings Share(TagFindings t)
    {
        if (t.Candidates.Count + t.Abbreviations.Count + t.NameParts.Count + t.Excluded.Count == 0) return t;
        var candidates = new TagCandidate[t.Candidates.Count];
        for (var i = 0; i < candidates.Length; i++)
        {
            var c = t.Candidates[i];
            candidates[i] = c with { Key = Share(c.Key), Display = Share(c.Display) };
        }
        var abbreviations = new AbbreviationDefinition[t.Abbreviations.Count];
        for (var i = 0; i < abbreviations.Length; i++)
        {
            var a = t.Abbreviations[i];
            abbreviations[i] = new AbbreviationDefinition(Share(a.Abbreviation), Share(a.Spelling), Share(a.LongForm));
        }
        var surnames = new NamePartUse[t.NameParts.Count];
        for (var i = 0; i < surnames.Length; i++)
        {
            var s = t.NameParts[i];
            surnames[i] = s with { Part = Share(s.Part), FullName = Share(s.FullName) };
        }
        var excluded = new string[t.Excluded.Count];
        for (var i = 0; i < excluded.Length; i++) excluded[i] = Share(t.Excluded[i]);
        return new TagFindings(candidates, abbreviations, surnames, excluded);
    }

    public string Share(string text) => _strings.GetOrAdd(text, text);

    /// <summary>
    /// The shared instance of the text, made only when it is new: the build cache's reader decodes each string into a
    /// buffer and asks here, so a word ten thousand articles use is allocated once, not ten thousand times and then
    /// shared (<see cref="Incremental.CacheFormat.DeserialiseAnalysed"/>).
    /// </summary>
    public string Share(ReadOnlySpan<char> text)
    {
        if (_bySpan.TryGetValue(text, out var known)) return known;
        var made = text.ToString();
        return _strings.GetOrAdd(made, made);
    }

    private string? ShareOrNull(string? text) => text is null ? null : Share(text);
}
