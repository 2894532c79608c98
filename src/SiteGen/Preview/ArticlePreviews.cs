using SiteGen.Language;
using SiteGen.Model;
using SiteGen.Reading;

namespace SiteGen.Preview;

/// <summary>
/// The dev server's first answer to a save: an edited article's page made again from its file as it is now, with what
/// the archive decided about it (date, tags, section, URL, neighbours, related articles) taken from the last build,
/// so the writer sees the edit while the rebuild that settles the whole archive still runs (Hugo's fast render, for one
/// page). Only an edit of the article's text has a preview (its paragraphs, and its title where the page keeps its
/// URL); one that changes its front matter, dateline or editor, or moves its page, waits for the rebuild.
/// </summary>
/// <remarks>
/// A preview is what the page shows until the rebuild ends, never written to the output: the rebuild's page replaces
/// it, and differs from it where the new text changes what the archive infers (a tag the paragraph made, say).
/// </remarks>
public sealed class ArticlePreviews
{
    private readonly string _root;
    private readonly TextRepairs _repairs;
    private readonly int _summaryLength;
    private readonly IReadOnlyDictionary<string, PreviewSource> _articles;
    private readonly Func<PreviewSource, Article, IReadOnlyList<string>, string> _render;

    /// <param name="articles">Each article page of the build, by source path.</param>
    /// <param name="render">The page of an article given its record and paragraphs, as the build renders it.</param>
    public ArticlePreviews(string root, TextRepairs repairs, int summaryLength, IReadOnlyDictionary<string, PreviewSource> articles,
        Func<PreviewSource, Article, IReadOnlyList<string>, string> render)
    {
        _root = root;
        _repairs = repairs;
        _summaryLength = summaryLength;
        _articles = articles;
        _render = render;
    }

    /// <summary>
    /// The page of the article at <paramref name="sourcePath"/> (<c>seeds/x.txt</c>) with its text as the file holds it
    /// now; null when the build made no page for it, the file cannot be read or is no article, or the edit changed
    /// more than the text.
    /// </summary>
    public PreviewPage? Of(string sourcePath)
    {
        if (!_articles.TryGetValue(sourcePath, out var source)) return null;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(Path.Combine(_root, sourcePath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        if (SeedArticleParser.Parse(sourcePath, bytes, _repairs).Article is not { } read) return null;
        // The record as reading hands it to inference: summarised, its paragraphs dropped.
        var given = ArticleSummary.Summarised(read with { Paragraphs = [] }, _summaryLength);
        if (!OnlyTextDiffers(given, source.Given)) return null;
        var shown = source.Shown with
        {
            Title = given.Title, Summary = given.Summary, Lead = given.Lead, WordCount = given.WordCount, ReadingMinutes = given.ReadingMinutes,
            Repairs = given.Repairs,
        };
        return new PreviewPage(shown.Url, SiteUrls.FileFor(shown.Url), _render(source, shown, read.Paragraphs));
    }

    /// <summary>
    /// Whether <paramref name="now"/> differs from <paramref name="before"/> in its text alone (summary, length,
    /// repairs, and a title that keeps the page's slug): every other field, and any field added later, must be as it
    /// was for the last build's decisions to stand.
    /// </summary>
    internal static bool OnlyTextDiffers(Article now, Article before) =>
        (now with
        {
            Title = KeepsItsSlug(now, before) ? before.Title : now.Title,
            Summary = before.Summary, Lead = before.Lead, WordCount = before.WordCount, ReadingMinutes = before.ReadingMinutes, Repairs = before.Repairs,
        }).SameAs(before);

    /// <summary>
    /// A title edited into one that makes the same slug (a typo in a word's case or punctuation), or a slug the front
    /// matter sets, keeps the page at its URL; a title that makes another slug moves the page, which a preview cannot.
    /// </summary>
    private static bool KeepsItsSlug(Article now, Article before) =>
        now.SlugOverride == before.SlugOverride && (now.SlugOverride is not null || Slugs.From(now.Title) == Slugs.From(before.Title));
}
