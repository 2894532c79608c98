using System.Text.RegularExpressions;
using SiteGen.Engine;
using SiteGen.Language;
using SiteGen.Model;
using SiteGen.Reading.Repair;

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

    /// <summary>Reads a seed file with every text repair, as a site without <c>text</c> settings does.</summary>
    public static Result Parse(string file, ReadOnlySpan<byte> bytes) => Parse(file, bytes, TextRepairs.All);

    /// <param name="repairs">The repairs to make while reading (<c>text.repair</c>); the article records which it made.</param>
    public static Result Parse(string file, ReadOnlySpan<byte> bytes, TextRepairs repairs)
    {
        var decoded = TextDecoding.Decode(file, bytes);
        if (decoded.Text is null) return new Result(null, decoded.Diagnostics);
        var diagnostics = new List<Diagnostic>(decoded.Diagnostics);
        var article = ParseText(file, decoded.Text, diagnostics, repairs, countWords: true);
        return new Result(article, diagnostics);
    }

    /// <summary>
    /// The paragraphs alone, for a page that renders an article already read once: the same parse with the same
    /// repairs, without counting words again.
    /// </summary>
    public static IReadOnlyList<string>? Paragraphs(string file, ReadOnlySpan<byte> bytes, TextRepairs repairs)
    {
        var decoded = TextDecoding.Decode(file, bytes);
        return decoded.Text is null ? null : ParseText(file, decoded.Text, [], repairs, countWords: false)?.Paragraphs;
    }

    public static Article? ParseText(string file, string text, List<Diagnostic> diagnostics, TextRepairs repairs = TextRepairs.All) =>
        ParseText(file, text, diagnostics, repairs, countWords: true);

    /// <remarks>
    /// The whole text is repaired first (mojibake, invisible characters, NFC: lines stay where they were, so line
    /// numbers in diagnostics still match the file), so front matter, datelines and inference all see clean text;
    /// scraper cruft is removed from the paragraphs once the title, editor and dateline are parsed off.
    /// </remarks>
    private static Article? ParseText(string file, string text, List<Diagnostic> diagnostics, TextRepairs repairs, bool countWords)
    {
        (text, var repaired) = TextRepair.Repair(text, repairs);
        var front = FrontMatter.Read(file, text, diagnostics);
        var lines = TextLines.Split(front.Body);
        if (repairs.HasFlag(TextRepairs.Invisible))
        {
            // Tidying a line drops what no page can carry (control characters, U+FFFE), which can bring a letter and
            // its accent together: NFC again, or a second reading would compose them and read differently.
            for (var i = 0; i < lines.Count; i++)
            {
                var nfc = UnicodeForm.Nfc(lines[i]);
                if (ReferenceEquals(nfc, lines[i])) continue;
                lines[i] = nfc;
                repaired |= TextRepairs.Invisible;
            }
        }

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
        if (repairs.HasFlag(TextRepairs.Debris) && ScraperCruft.TidyCommas(title) is var tidyTitle && tidyTitle != title)
        {
            title = tidyTitle;
            repaired |= TextRepairs.Debris;
        }
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

        var hadBody = paragraphs.Count > 0;
        var cleaned = ScraperCruft.Clean(paragraphs, repairs);
        repaired |= cleaned;
        // Cruft can hide the editor line: a teaser after it, or debris before it (", Editor: Nama").
        if (cleaned != TextRepairs.None && editor is null && paragraphs.Count > 0 && EditorLine().Match(paragraphs[^1]) is { Success: true } late)
        {
            editor = late.Groups["name"].Value.Trim();
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }

        if (paragraphs.Count == 0)
        {
            // A title alone would be a page that says "1 menit baca" and nothing else, listed on the home page.
            var why = hadBody ? "has a title but no body text once scraper cruft is removed" : "has a title but no body text";
            var what = fm.Draft == false ? "published because its front matter says draft: false" : "left out of the site (front matter draft: false publishes it)";
            diagnostics.Add(Diagnostic.Warning(file, $"{why}; {what}", numbered.Count > 0 ? numbered[0].Line : 1));
        }

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
            Blank = paragraphs.Count == 0,
            Repairs = repaired,
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
