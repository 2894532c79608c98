using SiteGen.Inference.Sections;
using SiteGen.Model;

namespace SiteGen.Inference;

/// <summary>
/// What inference needs from one article's text, taken while the text is in memory so it can be dropped right after:
/// the dates the text writes and its tag candidates (when tags are enabled).
/// The corpus steps of <see cref="MetadataInference"/> then work from this alone. It depends only on the file's text
/// and the tag settings, which is what lets the build cache keep it per file.
/// </summary>
/// <param name="Date">Taken even when front matter dates the article: a dated article teaches the archive's date habits.</param>
/// <param name="Tags">Null when tags are disabled. Keeps the abbreviations and surnames the article spells out, which the
/// corpus step learns from.</param>
/// <param name="Words">The words the section classifier counts (<see cref="SectionWords"/>); every article has them, since
/// an article that declares its section teaches the classifier the others' (self-taught sections).</param>
public sealed record ArticleEvidence(DateEvidence? Date, TagFindings? Tags, WordBag Words)
{
    public static readonly ArticleEvidence None = new(null, null, WordBag.Empty);

    /// <param name="lexicon">Null when tags are disabled.</param>
    public static ArticleEvidence Of(Article article, TagLexicon? lexicon) => new(
        DateInference.Analyse(article),
        lexicon is null ? null : TagCandidateFinder.FindIn(article, lexicon),
        SectionWords.Of(article.Title, article.Paragraphs, SectionLexicon.Default.Ignored, article.Source));
}
