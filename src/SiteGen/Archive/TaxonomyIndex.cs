using SiteGen.Engine;
using SiteGen.Model;

namespace SiteGen.Archive;

/// <summary>
/// The terms of one taxonomy, built once from all articles: which articles each term has, its name, its unique slug.
/// Pure apart from the diagnostics it reports, and linear in the number of (article, value) pairs.
/// </summary>
public sealed class TaxonomyIndex
{
    private readonly Dictionary<string, Term> _byFoldedName;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _folded = new(StringComparer.Ordinal);

    private TaxonomyIndex(TaxonomySettings settings, IReadOnlyList<Term> terms, Dictionary<string, Term> byFoldedName)
    {
        Settings = settings;
        Terms = terms;
        _byFoldedName = byFoldedName;
    }

    public TaxonomySettings Settings { get; }
    public string Path => Taxonomy.IndexPath(Settings);
    /// <summary>Every term, alphabetical by folded name.</summary>
    public IReadOnlyList<Term> Terms { get; }

    /// <summary>The term an article value belongs to (whatever its case or diacritics), or null for a value no article has.</summary>
    /// <remarks>
    /// Every summary and article page asks for each of its values, a few hundred distinct ones tens of thousands of
    /// times, and folding normalises Unicode: each distinct spelling is folded once.
    /// </remarks>
    public Term? Find(string value) => _byFoldedName.GetValueOrDefault(_folded.GetOrAdd(value, Taxonomy.Fold));

    /// <param name="articles">The archive, newest first; term article lists keep this order.</param>
    public static TaxonomyIndex Build(TaxonomySettings settings, IReadOnlyList<Article> articles, DiagnosticBag diagnostics)
    {
        var groups = Group(settings.Field, articles);
        var slugs = AssignSlugs(settings, groups, articles, diagnostics);
        var popular = MostUsed(groups, settings.Popular);

        var terms = new List<Term>(groups.Count);
        var byFoldedName = new Dictionary<string, Term>(groups.Count, StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var slug = slugs[g.FoldedName];
            var term = new Term(g.Name(), slug, $"/{settings.Path}/{slug}/", g.Articles, popular.Contains(g.FoldedName));
            terms.Add(term);
            byFoldedName[g.FoldedName] = term;
        }
        return new TaxonomyIndex(settings, terms, byFoldedName);
    }

    /// <summary>Groups values by folded name, alphabetically; an article that repeats a value (in any spelling) counts once.</summary>
    private static List<TermGroup> Group(string field, IReadOnlyList<Article> articles)
    {
        var byFolded = new Dictionary<string, TermGroup>(StringComparer.Ordinal);
        var folds = new Dictionary<string, string>(StringComparer.Ordinal); // each distinct spelling folded once
        for (var i = 0; i < articles.Count; i++)
            foreach (var raw in Taxonomy.ValuesOf(articles[i], field))
            {
                var value = raw.Trim();
                if (!folds.TryGetValue(value, out var folded)) folds[value] = folded = Taxonomy.Fold(value);
                if (folded.Length == 0) continue;
                if (!byFolded.TryGetValue(folded, out var group)) byFolded[folded] = group = new TermGroup(folded);
                group.Add(i, value);
            }

        var groups = byFolded.Values.ToList();
        groups.Sort((a, b) => string.CompareOrdinal(a.FoldedName, b.FoldedName));
        return groups;
    }

    /// <summary>
    /// Each term's slug. Terms that slug alike (such as "Timur Tengah" and "Timur-Tengah") must not share a page:
    /// in ordinal order of folded name the first keeps the slug, later ones get -2, -3…, never a slug another term
    /// has on its own, so the result depends only on the set of terms.
    /// </summary>
    private static Dictionary<string, string> AssignSlugs(TaxonomySettings settings, List<TermGroup> groups, IReadOnlyList<Article> articles, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, string>(groups.Count, StringComparer.Ordinal);
        var owner = new Dictionary<string, TermGroup>(groups.Count, StringComparer.Ordinal);
        var later = new List<(TermGroup Group, string Slug)>();
        foreach (var g in groups) // alphabetical, so the first claimant of a slug is the ordinal-first folded name
        {
            var slug = Taxonomy.TermSlug(g.FoldedName);
            if (owner.TryAdd(slug, g)) result[g.FoldedName] = slug;
            else later.Add((g, slug));
        }

        foreach (var (g, slug) in later)
        {
            var unique = slug;
            for (var n = 2; owner.ContainsKey(unique); n++) unique = $"{slug}-{n}";
            owner[unique] = g;
            result[g.FoldedName] = unique;
            var first = owner[slug];
            diagnostics.Add(Diagnostic.Warning(articles[g.Articles[0]].SourcePath,
                $"{settings.Name} '{g.Name()}' has the same URL as {settings.Name} '{first.Name()}'; its page is /{settings.Path}/{unique}/"));
        }
        return result;
    }

    /// <summary>
    /// The <paramref name="count"/> most used terms (ties alphabetical). Highlighting every term says nothing, so a
    /// taxonomy with no more terms than that highlights none.
    /// </summary>
    private static HashSet<string> MostUsed(List<TermGroup> groups, int count)
    {
        if (groups.Count <= count) return [];
        var ranked = new List<TermGroup>(groups);
        ranked.Sort((a, b) => a.Articles.Count != b.Articles.Count
            ? b.Articles.Count.CompareTo(a.Articles.Count)
            : string.CompareOrdinal(a.FoldedName, b.FoldedName));
        var result = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++) result.Add(ranked[i].FoldedName);
        return result;
    }

    /// <summary>A term while it is being collected: its articles and how often each spelling was used.</summary>
    private sealed class TermGroup(string foldedName)
    {
        private readonly Dictionary<string, int> _spellings = new(StringComparer.Ordinal);

        public string FoldedName { get; } = foldedName;
        public List<int> Articles { get; } = [];

        public void Add(int article, string spelling)
        {
            if (Articles.Count > 0 && Articles[^1] == article) return; // the same article names the term twice
            Articles.Add(article);
            _spellings[spelling] = _spellings.GetValueOrDefault(spelling) + 1;
        }

        /// <summary>The most used spelling; ties go to the ordinal-first, which puts capitalised spellings first.</summary>
        public string Name()
        {
            string? best = null;
            var bestCount = 0;
            foreach (var (spelling, count) in _spellings)
                if (count > bestCount || (count == bestCount && string.CompareOrdinal(spelling, best) < 0))
                {
                    best = spelling;
                    bestCount = count;
                }
            return best ?? FoldedName;
        }
    }
}
