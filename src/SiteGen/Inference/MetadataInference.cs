using SiteGen.Articles;
using SiteGen.Engine;
using SiteGen.Site;

namespace SiteGen.Inference;

/// <summary>
/// Fills in what the seed format does not carry: date, tags, section, slug and URL, each from the first source
/// that has it (front matter, then the metadata table, then the file name, then the text).
/// Pure: articles in, articles out, in the same order.
/// </summary>
public static class MetadataInference
{
    public static IReadOnlyList<Article> Apply(IReadOnlyList<Article> articles, SiteSettings settings, DiagnosticBag diagnostics)
    {
        var dated = articles.Select(a => a with
        {
            Date = a.FrontMatter.Date,
            DateSource = a.FrontMatter.Date is null ? ValueSource.None : ValueSource.FrontMatter,
            Tags = a.FrontMatter.Tags ?? [],
            TagSource = a.FrontMatter.Tags is null ? ValueSource.None : ValueSource.FrontMatter,
            Section = a.FrontMatter.Section,
            SectionSource = a.FrontMatter.Section is null ? ValueSource.None : ValueSource.FrontMatter,
        }).ToList();

        return AssignUrls(dated, settings, diagnostics);
    }

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
