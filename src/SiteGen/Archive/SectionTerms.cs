using SiteGen.Inference.Sections;
using SiteGen.Model;

namespace SiteGen.Archive;

/// <summary>
/// The site's sections that have articles, in the order site.yml lists them, as terms of the taxonomy that links the
/// <c>section</c> field: what the main navigation and the home page's per-section blocks show. A listed section with
/// no article has no page to link to and is left out; sections no list names (the fallback, labels a table declares)
/// have their rubrik pages but stay out of the menu, which is the site's own choice of sections.
/// </summary>
public static class SectionTerms
{
    public static IReadOnlyList<Term> Listed(SectionSettings settings, SiteTaxonomies taxonomies)
    {
        if (taxonomies.ForField("section") is not { } index) return [];
        var terms = new List<Term>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in SiteSections.Of(settings).List)
            if (index.Find(section.Name) is { Count: > 0 } term && seen.Add(term.Path)) terms.Add(term);
        return terms;
    }
}
