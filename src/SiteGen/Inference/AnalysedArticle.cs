using SiteGen.Engine;
using SiteGen.Model;
using SiteGen.Reading;

namespace SiteGen.Inference;

/// <summary>
/// What reading one seed file yields once its text is dropped: the article's record (no paragraphs), the evidence
/// inference needs from the text, and the reader's diagnostics. A pure function of the file's path, bytes, the tag
/// settings and the text repairs, so the build cache can keep it by the file's <see cref="Hash"/>.
/// </summary>
/// <param name="Article">Null when the file is not an article (empty, binary); <see cref="Diagnostics"/> say why.</param>
public sealed record AnalysedArticle(ContentHash Hash, Article? Article, ArticleEvidence Evidence, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <param name="lexicon">Null when tags are disabled.</param>
    /// <param name="repairs">The text repairs to make while reading (<c>text.repair</c>).</param>
    public static AnalysedArticle From(string relativePath, ReadOnlySpan<byte> bytes, ContentHash hash, TagLexicon? lexicon, TextRepairs repairs)
    {
        var parsed = SeedArticleParser.Parse(relativePath, bytes, repairs);
        if (parsed.Article is not { } article) return new AnalysedArticle(hash, null, ArticleEvidence.None, parsed.Diagnostics);
        var evidence = ArticleEvidence.Of(article, lexicon);
        return new AnalysedArticle(hash, article with { Paragraphs = [] }, evidence, parsed.Diagnostics);
    }
}
