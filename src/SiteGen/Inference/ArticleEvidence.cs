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

    private readonly TagFindings? _tags;
    private readonly WordBag? _words;
    private readonly StoredEvidence? _stored;

    /// <param name="date">Taken even when front matter dates the article: a dated article teaches the archive's date habits.</param>
    /// <param name="tags">Null when tags are disabled. Keeps the abbreviations and surnames the article spells out, which the
    /// corpus step learns from.</param>
    /// <param name="words">The words the section classifier counts (<see cref="SectionWords"/>); every article has them, since
    /// an article that declares its section teaches the classifier the others' (self-taught sections).</param>
    public ArticleEvidence(DateEvidence? date, TagFindings? tags, WordBag words)
    {
        Date = date;
        _tags = tags;
        _words = words;
        TagsKey = TagMemory.KeyOf(tags ?? TagFindings.Empty);
    }

    /// <summary>
    /// Evidence whose tag findings and words are decoded each time something reads them and not kept. A build that
    /// remembers each article's section from the last build (<see cref="SectionMemory"/>) reads the words of only the
    /// articles that teach the classifier or changed; the tag steps read each article's findings a few times, one
    /// article at a time (<see cref="TagExtraction.Choose"/>). Kept, the decoded bags of every article were half the live
    /// heap at the build's peak (about 4 KB an article), and the findings most of the rest (11 candidates an article).
    /// </summary>
    /// <param name="tagsKey">The key of the findings <paramref name="stored"/> gives (<see cref="TagsKey"/>), kept with it.</param>
    public ArticleEvidence(DateEvidence? date, Hash128 tagsKey, StoredEvidence stored)
    {
        Date = date;
        _stored = stored;
        TagsKey = tagsKey;
    }

    /// <summary>
    /// Evidence whose tag findings are kept decoded and whose words are decoded each time something reads them, for a
    /// process that keeps its articles from one build to the next (the dev server): each rebuild's tag steps read every
    /// article's findings, but hardly any words (<see cref="SectionMemory"/>), and kept decoded the words were a third of
    /// the server's heap (~3.7 KB an article).
    /// </summary>
    public ArticleEvidence(DateEvidence? date, TagFindings? tags, StoredEvidence storedWords)
    {
        Date = date;
        _tags = tags;
        _stored = storedWords;
        TagsKey = TagMemory.KeyOf(tags ?? TagFindings.Empty);
    }

    public DateEvidence? Date { get; }

    /// <summary>
    /// The key of the tag findings, every field of them (<see cref="TagMemory.KeyOf(TagFindings)"/>; of
    /// <see cref="TagFindings.Empty"/> when there are none): taken once, when the text is analysed, and kept with the
    /// evidence, so that a build learns whether the tag steps' inputs changed without decoding every article's findings.
    /// </summary>
    public Hash128 TagsKey { get; }

    public TagFindings? Tags => _tags ?? _stored?.LoadTags();

    public WordBag Words => _words ?? _stored?.LoadWords() ?? WordBag.Empty;

    /// <param name="lexicon">Null when tags are disabled.</param>
    public static ArticleEvidence Of(Article article, TagLexicon? lexicon) => new(
        DateInference.Analyse(article),
        lexicon is null ? null : TagCandidateFinder.FindIn(article, lexicon),
        SectionWords.Of(article.Title, article.Paragraphs, SectionLexicon.Default.Ignored, article.Source));
}
