using System.Text;

namespace SiteGen.Reading.Repair;

/// <summary>
/// Puts text in Unicode NFC, the form the web expects: a letter and its accent as one character where Unicode has
/// one, so <c>é</c> typed as e + ◌́ matches, searches and slugs like the <c>é</c> of every other article.
/// </summary>
public static class UnicodeForm
{
    /// <summary>The NFC form; the same instance when the text is in it already.</summary>
    public static string Nfc(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // .NET refuses lone surrogates and noncharacters; normalise the well-formed stretches between them.
            return BetweenInvalid(text);
        }
    }

    private static string BetweenInvalid(string text)
    {
        var sb = new StringBuilder(text.Length);
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var (width, invalid) = Step(text, i);
            if (invalid)
            {
                sb.Append(SafeNfc(text[start..i])).Append(text, i, width);
                start = i + width;
            }
            i += width;
        }
        var result = sb.Append(SafeNfc(text[start..])).ToString();
        return result == text ? text : result;
    }

    private static string SafeNfc(string piece)
    {
        try { return piece.Normalize(NormalizationForm.FormC); }
        catch (ArgumentException) { return piece; }
    }

    /// <summary>How many chars the character at <paramref name="i"/> takes, and whether it is a lone surrogate or a noncharacter.</summary>
    private static (int Width, bool Invalid) Step(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            return (2, (char.ConvertToUtf32(c, text[i + 1]) & 0xFFFE) == 0xFFFE);
        return (1, char.IsSurrogate(c) || c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF');
    }
}
