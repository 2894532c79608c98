using System.Text;

namespace SiteGen.Language;

/// <summary>
/// Places and people as a reader writes them. Datelines shout the place (<c>JAKARTA</c>, <c>BANDAR LAMPUNG</c>) and
/// editor lines are sometimes typed in lowercase; pages show <c>Jakarta</c>, <c>Bandar Lampung</c>,
/// <c>Anton Suhartono</c>. Only words written all in capitals (places) or names written all in one case (people) change:
/// whatever an author capitalised on purpose stays.
/// </summary>
public static class ProperNames
{
    /// <summary>Regional abbreviations that stay in capitals (<c>DKI Jakarta</c>, <c>NTT</c>); a word without a vowel is one too.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "DKI", "DIY", "NTT", "NTB", "NAD", "KLU", "OKU", "OKI", "PALI", "HSS", "HST", "HSU", "TTS", "TTU", "USA", "UEA", "PBB",
    };

    /// <summary><c>JAKARTA</c> → <c>Jakarta</c>, <c>BANDAR LAMPUNG</c> → <c>Bandar Lampung</c>, <c>DKI JAKARTA</c> → <c>DKI Jakarta</c>.</summary>
    public static string Place(string place)
    {
        var text = new StringBuilder(place.Length);
        var start = 0;
        for (var i = 0; i <= place.Length; i++)
        {
            if (i < place.Length && char.IsLetter(place[i])) continue;
            var word = place[start..i];
            text.Append(IsShouted(word) && !Abbreviations.Contains(word) && word.Any(IsVowel) ? TitleCase(word) : word);
            if (i < place.Length) text.Append(place[i]);
            start = i + 1;
        }
        return text.ToString();
    }

    /// <summary><c>anton suhartono</c> and <c>ANTON SUHARTONO</c> → <c>Anton Suhartono</c>; <c>Maria Christina</c> as it is.</summary>
    public static string Person(string name)
    {
        // Only what reads as a name: letters joined by spaces, dots, hyphens and apostrophes.
        if (!name.All(c => char.IsLetter(c) || c is ' ' or '.' or '-' or '\'' or '\u2019')) return name;
        var letters = name.Where(char.IsLetter).ToList();
        if (letters.Count == 0 || (!letters.All(char.IsLower) && !letters.All(char.IsUpper))) return name;
        var text = new StringBuilder(name.Length);
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i < name.Length && char.IsLetter(name[i])) continue;
            text.Append(TitleCase(name[start..i]));
            if (i < name.Length) text.Append(name[i]);
            start = i + 1;
        }
        return text.ToString();
    }

    private static bool IsShouted(string word) => word.Length >= 2 && word.All(char.IsUpper);

    private static bool IsVowel(char c) => "AIUEOaiueo".Contains(c);

    private static string TitleCase(string word) =>
        word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();
}
