using SiteGen.Articles;
using SiteGen.Inference;
using SiteGen.Site;

namespace SiteGen.Archive;

/// <summary>The one mechanism behind tags, sections, places and editors: which values an article has, and where a term lives.</summary>
public static class Taxonomy
{
    public static IReadOnlyList<string> ValuesOf(Article article, string field) => field switch
    {
        "tags" => article.Tags,
        "section" => article.Section is { Length: > 0 } s ? [s] : [],
        "city" => article.City is { Length: > 0 } c ? [c] : [],
        "editor" => article.Editor is { Length: > 0 } e ? [e] : [],
        _ => [],
    };

    /// <summary>The slug of a term; terms that slug to nothing (only punctuation) get a stable hash instead.</summary>
    public static string TermSlug(string term)
    {
        var slug = Slugs.From(term);
        return slug.Length > 0 ? slug : "t-" + StableHash.Hex(term, 8);
    }

    public static string TermPath(TaxonomySettings taxonomy, string term) => $"/{taxonomy.Path}/{TermSlug(term)}/";
}
