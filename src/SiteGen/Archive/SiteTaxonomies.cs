using SiteGen.Engine;
using SiteGen.Model;

namespace SiteGen.Archive;

/// <summary>The index of every taxonomy configured in site.yml, built once per build and shared by every page that links a term.</summary>
public sealed class SiteTaxonomies(IReadOnlyList<TaxonomyIndex> all)
{
    /// <summary>In the order of site.yml.</summary>
    public IReadOnlyList<TaxonomyIndex> All { get; } = all;

    private readonly Lazy<Hash128> _terms = new(() => TermsOf(all));

    /// <summary>
    /// Every term a page can link to, by name and path, with each taxonomy's settings: what a page's links are made of
    /// besides its own values. Worked out once per build, on first use.
    /// </summary>
    public Hash128 TermsFingerprint => _terms.Value;

    private static Hash128 TermsOf(IReadOnlyList<TaxonomyIndex> all)
    {
        var f = new Fingerprint();
        foreach (var index in all)
        {
            f.Add(index.Settings.Name).Add(index.Settings.Field).Add(index.Settings.Path).Add(index.Terms.Count);
            foreach (var term in index.Terms) f.Add(term.Name).Add(term.Path).Add(term.Articles.Count == 0);
        }
        return f.Value;
    }

    /// <summary>The taxonomy that article pages link a field's values to: the first one configured for that field.</summary>
    public TaxonomyIndex? ForField(string field)
    {
        foreach (var index in All)
            if (index.Settings.Field == field) return index;
        return null;
    }

    /// <param name="articles">The archive, newest first.</param>
    /// <param name="sections">The site's sections, whose slugs their terms keep; null for slugs from the names.</param>
    public static SiteTaxonomies Build(IReadOnlyList<TaxonomySettings> taxonomies, IReadOnlyList<Article> articles, DiagnosticBag diagnostics,
        IReadOnlyList<SectionSetting>? sections = null)
    {
        var sectionSlugs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in sections ?? []) sectionSlugs.TryAdd(s.Name, s.Slug);
        var all = new List<TaxonomyIndex>(taxonomies.Count);
        foreach (var t in taxonomies) all.Add(TaxonomyIndex.Build(t, articles, diagnostics, t.Field == "section" ? sectionSlugs : null));
        return new SiteTaxonomies(all);
    }
}
