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
    public Term? Find(string value) => _byFoldedName.GetValueOrDefault(_folded.GetOrAdd(value, v => Taxonomy.Fold(v, Settings.Field)));

    /// <param name="articles">The archive, newest first; term article lists keep this order.</param>
    /// <param name="slugOfName">Slugs the site chose for some terms (its sections), by name; others slug their name.</param>
    public static TaxonomyIndex Build(TaxonomySettings settings, IReadOnlyList<Article> articles, DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, string>? slugOfName = null)
    {
        var groups = Group(settings.Field, articles);
        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, slug) in slugOfName ?? new Dictionary<string, string>())
            chosen.TryAdd(Taxonomy.Fold(name, settings.Field), slug);
        var slugs = AssignSlugs(settings, groups, articles, diagnostics, chosen);
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
                if (!folds.TryGetValue(value, out var folded)) folds[value] = folded = Taxonomy.Fold(value, field);
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
    private static Dictionary<string, string> AssignSlugs(TaxonomySettings settings, List<TermGroup> groups, IReadOnlyList<Article> articles, DiagnosticBag diagnostics,
        Dictionary<string, string> chosen)
    {
        var result = new Dictionary<string, string>(groups.Count, StringComparer.Ordinal);
        var owner = new Dictionary<string, TermGroup>(groups.Count, StringComparer.Ordinal);
        var later = new List<(TermGroup Group, string Slug)>();
        // Terms whose slug the site chose claim it first; the rest alphabetically, so the first claimant of a slug is
        // the ordinal-first folded name.
        var ordered = groups.Where(g => chosen.ContainsKey(g.FoldedName)).Concat(groups.Where(g => !chosen.ContainsKey(g.FoldedName)));
        foreach (var g in ordered)
        {
            // From the name as shown, folded for case and spaces only: a place's identity drops its spaces, its URL keeps them.
            var slug = chosen.GetValueOrDefault(g.FoldedName) ?? Taxonomy.TermSlug(Taxonomy.Fold(g.Name()));
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
    /// The <paramref name="count"/> most used terms (ties alphabetical), among those with more than one article: a term
    /// of one article is not popular. Highlighting every term says nothing, so a taxonomy whose every term would be
    /// highlighted highlights none; one with fewer terms than <paramref name="count"/> still highlights those readers
    /// go back to (six editors, one of them on most of the articles).
    /// </summary>
    private static HashSet<string> MostUsed(List<TermGroup> groups, int count)
    {
        var ranked = groups.Where(g => g.Articles.Count > 1).ToList();
        ranked.Sort((a, b) => a.Articles.Count != b.Articles.Count
            ? b.Articles.Count.CompareTo(a.Articles.Count)
            : string.CompareOrdinal(a.FoldedName, b.FoldedName));
        var result = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(count, ranked.Count); i++) result.Add(ranked[i].FoldedName);
        return result.Count == groups.Count ? [] : result;
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
