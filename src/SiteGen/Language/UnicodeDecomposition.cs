using System.Text;

namespace SiteGen.Language;

/// <summary>
/// Compatibility decomposition (NFKD) that cannot throw. .NET's normaliser refuses a string holding a lone surrogate
/// or U+FFFE, and both can reach a title: U+FFFE is valid UTF-8, and YAML escapes can write either. Neither is ever a
/// letter, so they are dropped (with U+FFFF, the other noncharacter of the block) before normalising.
/// </summary>
public static class UnicodeDecomposition
{
    public static string Compatible(string text) => WithoutUnnormalisable(text).Normalize(NormalizationForm.FormKD);

    /// <summary>The text without lone surrogates, U+FFFE and U+FFFF; the same instance when it has none.</summary>
    public static string WithoutUnnormalisable(string text)
    {
        StringBuilder? kept = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var refused = !pair && (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF');
            if (refused)
            {
                kept ??= new StringBuilder(text, 0, i, text.Length);
                continue;
            }
            kept?.Append(c);
            if (pair)
            {
                kept?.Append(text[i + 1]);
                i++;
            }
        }
        return kept?.ToString() ?? text;
    }
}
