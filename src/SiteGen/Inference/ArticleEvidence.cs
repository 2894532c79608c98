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
public sealed record ArticleEvidence(DateEvidence? Date, TagFindings? Tags)
{
    public static readonly ArticleEvidence None = new(null, null);

    /// <param name="lexicon">Null when tags are disabled.</param>
    public static ArticleEvidence Of(Article article, TagLexicon? lexicon) => new(
        DateInference.Analyse(article),
        lexicon is null ? null : TagCandidateFinder.FindIn(article, lexicon));
}
