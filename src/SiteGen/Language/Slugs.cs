using System.Globalization;
using System.Text;

namespace SiteGen.Language;

/// <summary>URL slugs: lowercase ASCII words joined by hyphens, diacritics folded, never a path or a reserved name.</summary>
public static class Slugs
{
    public const int MaxLength = 80;

    // Folder names Windows refuses; an archive may be copied to one.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    /// <summary>The slug of a text, or an empty string when nothing sluggable remains (only punctuation or emoji).</summary>
    public static string From(string text, int maxLength = MaxLength)
    {
        var sb = new StringBuilder(Math.Min(text.Length, maxLength + 16));
        var pendingHyphen = false;
        foreach (var c in UnicodeDecomposition.Compatible(text))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var folded = Fold(c);
            if (folded is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && sb.Length > 0) sb.Append('-');
                pendingHyphen = false;
                sb.Append(folded);
                if (sb.Length >= maxLength) break;
            }
            else if (c is not '\'' and not '’') pendingHyphen = true;
        }

        var slug = sb.ToString();
        if (slug.Length > maxLength) slug = slug[..maxLength];
        if (slug.Length == maxLength && slug.LastIndexOf('-') is var cut and > 20) slug = slug[..cut];
        slug = slug.Trim('-');
        if (Reserved.Contains(slug)) slug += "-1";
        return slug;
    }

    private static char Fold(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c + 32),
        'ß' => 's',
        'æ' or 'Æ' => 'a',
        'ø' or 'Ø' => 'o',
        'đ' or 'Đ' => 'd',
        'ł' or 'Ł' => 'l',
        'ı' => 'i',
        _ => c,
    };
}
