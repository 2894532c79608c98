using System.Text.RegularExpressions;
using SiteGen.Engine;
using SiteGen.Language;
using SiteGen.Model;

namespace SiteGen.Reading;

/// <summary>
/// Parses the plain-text seed format: line 1 the title, a dateline on the first paragraph, one paragraph per
/// non-empty line, and an optional closing <c>Editor: Nama</c> line. Never throws on bad input; problems
/// become diagnostics naming the file and line.
/// </summary>
public static partial class SeedArticleParser
{
    public const int WordsPerMinute = 200;

    public sealed record Result(Article? Article, IReadOnlyList<Diagnostic> Diagnostics);

    public static Result Parse(string file, ReadOnlySpan<byte> bytes)
    {
        var decoded = TextDecoding.Decode(file, bytes);
        if (decoded.Text is null) return new Result(null, decoded.Diagnostics);
        var diagnostics = new List<Diagnostic>(decoded.Diagnostics);
        var article = ParseText(file, decoded.Text, diagnostics);
        return new Result(article, diagnostics);
    }

    /// <summary>
    /// The paragraphs alone, for a page that renders an article already read once: the same parse, without counting
    /// words again.
    /// </summary>
    public static IReadOnlyList<string>? Paragraphs(string file, ReadOnlySpan<byte> bytes)
    {
        var decoded = TextDecoding.Decode(file, bytes);
        return decoded.Text is null ? null : ParseText(file, decoded.Text, [], countWords: false)?.Paragraphs;
    }

    public static Article? ParseText(string file, string text, List<Diagnostic> diagnostics) => ParseText(file, text, diagnostics, countWords: true);

    private static Article? ParseText(string file, string text, List<Diagnostic> diagnostics, bool countWords)
    {
        var front = FrontMatter.Read(file, text, diagnostics);
        var lines = TextLines.Split(front.Body);

        var numbered = new List<(string Text, int Line)>();
        for (var i = 0; i < lines.Count; i++)
            if (lines[i].Length > 0) numbered.Add((lines[i], front.BodyStartLine + i));

        var fm = front.Values;
        if (numbered.Count == 0 && fm.Title is null)
        {
            diagnostics.Add(Diagnostic.Error(file, "has no text after its front matter; no page was made"));
            return null;
        }

        var title = numbered.Count > 0 ? numbered[0].Text : "";
        var body = numbered.Count > 0 ? numbered.Skip(1).ToList() : [];

        string? editor = null;
        if (body.Count > 0 && EditorLine().Match(body[^1].Text) is { Success: true } em)
        {
            editor = em.Groups["name"].Value.Trim();
            body.RemoveAt(body.Count - 1);
        }

        string? city = null, source = null;
        var paragraphs = body.Select(b => b.Text).ToList();
        if (paragraphs.Count > 0)
        {
            var (remainder, foundCity, foundSource) = SplitDateline(paragraphs[0]);
            city = foundCity;
            source = foundSource ?? PortalNames.Default.NamedAsInterviewer(paragraphs);
            if (remainder.Length > 0) paragraphs[0] = remainder;
            else paragraphs.RemoveAt(0);
        }

        if (paragraphs.Count == 0)
            diagnostics.Add(Diagnostic.Warning(file, "has a title but no body text", numbered.Count > 0 ? numbered[0].Line : 1));

        var finalTitle = fm.Title ?? title;
        if (finalTitle.Length == 0)
        {
            diagnostics.Add(Diagnostic.Error(file, "has no title; no page was made"));
            return null;
        }

        var words = 0;
        if (countWords)
            foreach (var p in paragraphs) words += WordCount.Of(p);

        return new Article
        {
            SourcePath = file,
            Title = finalTitle,
            Lead = paragraphs.Count > 0 ? paragraphs[0] : "",
            Paragraphs = paragraphs,
            City = fm.City ?? city,
            Source = source,
            Editor = fm.Editor ?? editor,
            WordCount = words,
            ReadingMinutes = Math.Max(1, (words + WordsPerMinute - 1) / WordsPerMinute),
            Draft = fm.Draft ?? false,
            SlugOverride = fm.Slug,
            FrontMatter = fm,
        };
    }

    /// <summary>
    /// Separates the dateline (<c>KOTA, Portal - </c> and the other forms <see cref="Dateline"/> reads) from the lead
    /// paragraph. The portal is the article's source; when the dateline names none, the portal the text says it spoke
    /// to (<c>saat dihubungi Tempo</c>) is.
    /// </summary>
    public static (string Remainder, string? City, string? Source) SplitDateline(string paragraph)
    {
        var d = Dateline.Parse(paragraph);
        return (d.Remainder, d.City, d.Source);
    }

    [GeneratedRegex(@"^Editor\s*:\s*(?<name>\S.{0,100})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EditorLine();
}
