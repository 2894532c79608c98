using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Engine;
using SiteGen.Language;
using SiteGen.Model;
using SiteGen.Reading;

namespace SiteGen.Inference;

/// <summary>
/// Fills in what the seed format does not carry: date, tags, section, slug and URL, each from the first source
/// that has it: front matter, then the metadata table (<c>seeds/_meta.tsv</c>), then a <c>yyyy-mm-dd-</c> file-name
/// prefix (dates only), then the text (<see cref="DateInference"/>, <see cref="TagExtraction"/>).
/// Pure: articles in, articles out, in the same order; per-article work runs in parallel but every result lands in
/// its article's slot and every corpus step reads all of them, so nothing depends on thread timing.
/// </summary>
public static partial class MetadataInference
{
    public static IReadOnlyList<Article> Apply(IReadOnlyList<Article> articles, SiteSettings settings, DiagnosticBag diagnostics, MetadataTable? table = null)
    {
        var lexicon = settings.Tags.Enabled ? new TagLexicon(settings.Tags) : null;
        var evidence = new ArticleEvidence[articles.Count];
        Parallel.For(0, articles.Count, i => evidence[i] = ArticleEvidence.Of(articles[i], lexicon));
        return Apply(articles, evidence, settings, diagnostics, table);
    }

    /// <summary>
    /// The corpus steps over articles whose text was already analysed (<see cref="ArticleEvidence.Of"/>), so the
    /// articles need not hold their paragraphs any more.
    /// </summary>
    public static IReadOnlyList<Article> Apply(IReadOnlyList<Article> articles, IReadOnlyList<ArticleEvidence> textEvidence, SiteSettings settings,
        DiagnosticBag diagnostics, MetadataTable? table = null)
    {
        var known = new Article[articles.Count];
        var evidence = new DateEvidence?[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            var article = articles[i];
            known[i] = FromDeclaredSources(article, table?.For(article), table, diagnostics);
            if (known[i].Date is null) evidence[i] = textEvidence[i].Date;
        });

        // Text dates in two passes: first what each text says alone, then year-less dates placed by the archive's calendar.
        var firstPass = new DateOnly?[articles.Count];
        for (var i = 0; i < articles.Count; i++)
            firstPass[i] = known[i].Date ?? (evidence[i] is { } e ? DateInference.Decide(e) : null);
        var calendar = new CorpusCalendar(firstPass.Where(d => d is not null).Select(d => d!.Value));

        // Every article's candidates count towards how rare a phrase is, even those whose tags are declared.
        var textTags = settings.Tags.Enabled && known.Any(a => a.TagSource == ValueSource.None)
            ? TagExtraction.FromFindings(textEvidence.Select(e => e.Tags ?? TagFindings.Empty).ToList(), new TagLexicon(settings.Tags), settings.Tags.Max)
            : null;

        var inferred = new Article[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            var article = known[i];
            if (article.Date is null && evidence[i] is { } e && DateInference.Decide(e, calendar) is { } date)
                article = article with { Date = date, DateSource = ValueSource.Text };
            if (article.Date is null)
                diagnostics.Add(Diagnostic.Warning(article.SourcePath,
                    "no date found in front matter, the metadata table, the file name or the text; it is published as undated"));
            if (article.TagSource == ValueSource.None && textTags?[i] is { Count: > 0 } tags)
                article = article with { Tags = tags, TagSource = ValueSource.Text };
            inferred[i] = article;
        });

        return AssignUrls(inferred, settings, diagnostics);
    }

    /// <summary>Date, tags, section and slug from front matter, the table row and the file name, where they say anything.</summary>
    private static Article FromDeclaredSources(Article article, MetadataRow? row, MetadataTable? table, DiagnosticBag diagnostics)
    {
        var fm = article.FrontMatter;
        var (date, dateSource) = fm.Date is { } d ? (d, ValueSource.FrontMatter)
            : row?.Date is { } t ? (t, ValueSource.Table)
            : FileNameDate(article, diagnostics) is { } f ? (f, ValueSource.FileName)
            : ((DateOnly?)null, ValueSource.None);
        var (tags, tagSource) = fm.Tags is { } ft ? (ft, ValueSource.FrontMatter)
            : row?.Tags is { } rt ? (rt, ValueSource.Table)
            : ((IReadOnlyList<string>)[], ValueSource.None);
        var (section, sectionSource) = fm.Section is { } fs ? (fs, ValueSource.FrontMatter)
            : row?.Category is { } rc ? (rc, ValueSource.Table)
            : ((string?)null, ValueSource.None);

        return article with
        {
            Date = date,
            DateSource = dateSource,
            Tags = tags,
            TagSource = tagSource,
            Section = section,
            SectionSource = sectionSource,
            // Front matter's slug is already in SlugOverride (the reader put it there); the table's comes second.
            SlugOverride = article.SlugOverride ?? fm.Slug ?? row?.Slug,
        };
    }

    /// <summary>The date of a <c>yyyy-mm-dd-</c> prefix on the file name (<c>2023-07-27-ngeri-rusia.txt</c>), or null.</summary>
    public static DateOnly? FileNameDate(Article article, DiagnosticBag? diagnostics = null)
    {
        var name = Path.GetFileName(article.SourcePath);
        var m = FileNamePrefix().Match(name);
        if (!m.Success) return null;
        if (DateOnly.TryParseExact(m.Groups["date"].ValueSpan, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        diagnostics?.Add(Diagnostic.Warning(article.SourcePath, $"file name starts with '{m.Groups["date"].Value}', which is not a date; ignored"));
        return null;
    }

    [GeneratedRegex(@"^(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})-", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePrefix();

    /// <summary>Slugs and permalinks, unique across the site: in source-path order, a later duplicate gets -2, -3.</summary>
    public static IReadOnlyList<Article> AssignUrls(IReadOnlyList<Article> articles, SiteSettings settings, DiagnosticBag diagnostics)
    {
        var order = articles.Select((a, i) => (a, i)).OrderBy(x => x.a.SourcePath, StringComparer.Ordinal).ToList();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var result = new Article[articles.Count];
        foreach (var (article, index) in order)
        {
            var baseSlug = SlugFor(article, diagnostics);
            var slug = baseSlug;
            var withSlug = article with { Slug = slug };
            var url = Permalinks.For(withSlug, settings.Permalink, settings.UndatedPermalink);
            for (var n = 2; !taken.Add(url); n++)
            {
                slug = $"{baseSlug}-{n}";
                withSlug = article with { Slug = slug };
                url = Permalinks.For(withSlug, settings.Permalink, settings.UndatedPermalink);
            }
            if (slug != baseSlug)
                diagnostics.Add(Diagnostic.Warning(article.SourcePath, $"its URL collides with another article's; renamed to '{url}'"));
            result[index] = withSlug with { Url = url };
        }
        return result;
    }

    private static string SlugFor(Article article, DiagnosticBag diagnostics)
    {
        if (article.SlugOverride is { } requested)
        {
            var clean = Slugs.From(requested);
            if (clean.Length > 0)
            {
                if (clean != requested)
                    diagnostics.Add(Diagnostic.Warning(article.SourcePath, $"slug '{requested}' is not a clean URL segment; using '{clean}'"));
                return clean;
            }
            diagnostics.Add(Diagnostic.Warning(article.SourcePath, $"slug '{requested}' has nothing usable in a URL; using the title"));
        }
        var slug = Slugs.From(article.Title);
        if (slug.Length > 0) return slug;
        slug = Slugs.From(Path.GetFileNameWithoutExtension(article.SourcePath));
        return slug.Length > 0 ? slug : "artikel-" + StableHash.Hex(article.SourcePath, 8);
    }
}
