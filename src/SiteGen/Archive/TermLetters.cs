namespace SiteGen.Archive;

/// <summary>The terms of one letter of a taxonomy's index, A–Z; <see cref="Slug"/> is its URL segment.</summary>
public sealed record TermLetter(string Text, string Slug, IReadOnlyList<Term> Terms);

/// <summary>
/// Splits a taxonomy's terms by first letter for its index pages, and picks its most used terms. Terms go by the first
/// character of their slug (ASCII, diacritics removed: "Éropa" is under E); digits and anything else share one group
/// after Z.
/// </summary>
public static class TermLetters
{
    public const string OtherText = "#";
    public const string OtherSlug = "0-9";

    /// <param name="terms">Alphabetical, as <see cref="TaxonomyIndex.Terms"/>; each letter keeps that order.</param>
    public static IReadOnlyList<TermLetter> Group(IReadOnlyList<Term> terms)
    {
        var byLetter = new SortedDictionary<char, List<Term>>();
        foreach (var term in terms)
        {
            var first = term.Slug.Length > 0 ? term.Slug[0] : '#';
            var key = first is >= 'a' and <= 'z' ? first : '{'; // '{' sorts after 'z'
            if (!byLetter.TryGetValue(key, out var list)) byLetter[key] = list = [];
            list.Add(term);
        }
        return byLetter.Select(kv => kv.Key == '{'
            ? new TermLetter(OtherText, OtherSlug, kv.Value)
            : new TermLetter(char.ToUpperInvariant(kv.Key).ToString(), kv.Key.ToString(), kv.Value)).ToList();
    }

    /// <summary>The <paramref name="count"/> terms with the most articles, most first; ties alphabetical.</summary>
    public static IReadOnlyList<Term> MostUsed(IReadOnlyList<Term> terms, int count)
    {
        var ranked = terms.Select((t, i) => (Term: t, Order: i)).ToList();
        ranked.Sort((a, b) => a.Term.Count != b.Term.Count ? b.Term.Count.CompareTo(a.Term.Count) : a.Order.CompareTo(b.Order));
        return ranked.Take(count).Select(r => r.Term).ToList();
    }
}
