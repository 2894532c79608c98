using System.Globalization;
using System.Text;
using SiteGen.Language;
using SiteGen.Model;

namespace SiteGen.Archive;

/// <summary>The one mechanism behind tags, sections, places and editors: which values an article has, and how terms are named.</summary>
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

    /// <summary>The index page of a taxonomy, e.g. <c>/tag/</c>.</summary>
    public static string IndexPath(TaxonomySettings taxonomy) => $"/{taxonomy.Path}/";

    /// <summary>
    /// The identity of a term: lowercase, without diacritics, whitespace collapsed. "Korea Utara", "korea utara" and
    /// "Koréa  Utara" are one term; "Korea-Utara" is another (which may still share its slug, see <see cref="TaxonomyIndex"/>).
    /// </summary>
    public static string Fold(string term) => Fold(term, "tags");

    /// <summary>
    /// The identity of a term of <paramref name="field"/>. A place or an editor is also one term however its words are
    /// joined: "Bandar Lampung", "Bandarlampung" and "BANDAR-LAMPUNG" are one place (spaces, hyphens, dots and
    /// apostrophes dropped); a tag keeps them, since "Korea-Utara" may be a different phrase.
    /// </summary>
    public static string Fold(string term, string field)
    {
        var folded = FoldCaseAndSpace(term);
        if (field is not ("city" or "editor")) return folded;
        var joined = new StringBuilder(folded.Length);
        foreach (var c in folded)
            if (c is not (' ' or '-' or '.' or '\'' or '’')) joined.Append(c);
        return joined.ToString();
    }

    private static string FoldCaseAndSpace(string term)
    {
        var sb = new StringBuilder(term.Length);
        var pendingSpace = false;
        foreach (var c in UnicodeDecomposition.Compatible(term))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>The slug of a term; terms that slug to nothing (only punctuation) get a stable hash instead.</summary>
    public static string TermSlug(string term)
    {
        var slug = Slugs.From(term);
        return slug.Length > 0 ? slug : "t-" + StableHash.Hex(term, 8);
    }
}
