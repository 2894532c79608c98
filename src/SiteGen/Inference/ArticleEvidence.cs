using SiteGen.Inference.Sections;
using SiteGen.Model;

namespace SiteGen.Inference;

/// <summary>
/// What inference needs from one article's text, taken while the text is in memory so it can be dropped right after:
/// the dates the text writes and its tag candidates (when tags are enabled).
/// The corpus steps of <see cref="MetadataInference"/> then work from this alone. It depends only on the file's text
/// and the tag settings, which is what lets the build cache keep it per file.
/// </summary>
public sealed record ArticleEvidence
{
    public static readonly ArticleEvidence None = new(null, null, WordBag.Empty);

    private readonly WordBag? _words;
    private readonly Func<WordBag>? _loadWords;

    /// <param name="date">Taken even when front matter dates the article: a dated article teaches the archive's date habits.</param>
    /// <param name="tags">Null when tags are disabled. Keeps the abbreviations and surnames the article spells out, which the
    /// corpus step learns from.</param>
    /// <param name="words">The words the section classifier counts (<see cref="SectionWords"/>); every article has them, since
    /// an article that declares its section teaches the classifier the others' (self-taught sections).</param>
    public ArticleEvidence(DateEvidence? date, TagFindings? tags, WordBag words)
    {
        Date = date;
        Tags = tags;
        _words = words;
    }

    /// <summary>
    /// Evidence whose words are decoded each time something reads them (<paramref name="loadWords"/>) and not kept: a
    /// build that remembers each article's section from the last build (<see cref="SectionMemory"/>) reads the words
    /// of only the articles that teach the classifier or changed, and a cold build reads each article's once or twice
    /// (to teach, to classify). Kept, the decoded bags of every article were half the live heap at the build's peak
    /// (about 4 KB an article: a word array and a count array), for nothing that reads them again.
    /// </summary>
    public ArticleEvidence(DateEvidence? date, TagFindings? tags, Func<WordBag> loadWords)
    {
        Date = date;
        Tags = tags;
        _loadWords = loadWords;
    }

    public DateEvidence? Date { get; init; }

    public TagFindings? Tags { get; init; }

    public WordBag Words => _words ?? _loadWords?.Invoke() ?? WordBag.Empty;

    /// <param name="lexicon">Null when tags are disabled.</param>
    public static ArticleEvidence Of(Article article, TagLexicon? lexicon) => new(
        DateInference.Analyse(article),
        lexicon is null ? null : TagCandidateFinder.FindIn(article, lexicon),
        SectionWords.Of(article.Title, article.Paragraphs, SectionLexicon.Default.Ignored, article.Source));
}
