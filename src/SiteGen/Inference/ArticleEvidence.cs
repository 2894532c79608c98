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

    private WordBag? _words;
    private Func<WordBag>? _loadWords;

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
    /// Evidence whose words are decoded only when something reads them (<paramref name="loadWords"/>, called at most
    /// once that counts): a build that remembers each article's section from the last build
    /// (<see cref="SectionMemory"/>) reads the words of only the articles that teach the classifier or changed, and
    /// the words are most of what the build cache holds per article.
    /// </summary>
    public ArticleEvidence(DateEvidence? date, TagFindings? tags, Func<WordBag> loadWords)
    {
        Date = date;
        Tags = tags;
        _loadWords = loadWords;
    }

    public DateEvidence? Date { get; init; }

    public TagFindings? Tags { get; init; }

    public WordBag Words
    {
        get
        {
            if (Volatile.Read(ref _words) is { } words) return words;
            // Two threads may both decode; both get equal bags and one is kept. The loader is let go once it ran
            // (after the bag is stored, so a thread that finds no loader finds the bag).
            var load = Volatile.Read(ref _loadWords);
            if (load is null) return Volatile.Read(ref _words)!;
            var made = load();
            words = Interlocked.CompareExchange(ref _words, made, null) ?? made;
            Volatile.Write(ref _loadWords, null);
            return words;
        }
    }

    /// <param name="lexicon">Null when tags are disabled.</param>
    public static ArticleEvidence Of(Article article, TagLexicon? lexicon) => new(
        DateInference.Analyse(article),
        lexicon is null ? null : TagCandidateFinder.FindIn(article, lexicon),
        SectionWords.Of(article.Title, article.Paragraphs, SectionLexicon.Default.Ignored, article.Source));
}
