namespace SiteGen.Reading.Repair;

/// <summary>
/// A coarse script of a character, enough to tell that it does not belong between its neighbours (an Armenian letter
/// inside a Latin word is mis-read punctuation, not text). .NET has no Unicode script property, so the main scripts are
/// named by their blocks, the punctuation, symbols and emoji every script uses are <see cref="Common"/>, and any other
/// character counts as the script of its 128-character block.
/// </summary>
internal static class Scripts
{
    public const int Common = 0, Latin = 1, Greek = 2, Cyrillic = 3, Armenian = 4, Hebrew = 5, Arabic = 6, EastAsian = 7;

    public static int Of(int v) => v switch
    {
        (>= 0x2000 and <= 0x2BFF) or (>= 0xFE00 and <= 0xFE0F) or (>= 0xFFF0 and <= 0xFFFF) or (>= 0x1F000 and <= 0x1FAFF)
            or (>= 0xE0000 and <= 0xE01EF) => Common,
        < 0x0370 or (>= 0x1E00 and <= 0x1EFF) or (>= 0x2C60 and <= 0x2C7F) or (>= 0xA720 and <= 0xA7FF) or (>= 0xFF21 and <= 0xFF5A) => Latin,
        <= 0x03FF or (>= 0x1F00 and <= 0x1FFF) => Greek,
        <= 0x052F or (>= 0x1C80 and <= 0x1C8F) or (>= 0x2DE0 and <= 0x2DFF) or (>= 0xA640 and <= 0xA69F) => Cyrillic,
        <= 0x058F => Armenian,
        <= 0x05FF or (>= 0xFB1D and <= 0xFB4F) => Hebrew,
        <= 0x06FF or (>= 0x0750 and <= 0x077F) or (>= 0x0870 and <= 0x08FF) or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF) => Arabic,
        // Han, kana and Hangul mix in Japanese and Korean text.
        (>= 0x1100 and <= 0x11FF) or (>= 0x2E80 and <= 0x2FDF) or (>= 0x3005 and <= 0x3007) or (>= 0x3040 and <= 0x31FF)
            or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA960 and <= 0xA97F) or (>= 0xAC00 and <= 0xD7FF)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0xFF66 and <= 0xFFDC) or (>= 0x20000 and <= 0x3FFFF) => EastAsian,
        _ => 0x100 + (v >> 7),
    };

    /// <summary>
    /// Scripts written without spaces between words (Thai, Lao, Khmer, Myanmar, Tibetan, Javanese, Balinese and East
    /// Asian), where a zero-width space is a word break a reader needs rather than scraper residue.
    /// </summary>
    public static bool WrittenWithoutSpaces(int v) =>
        Of(v) == EastAsian || v is (>= 0x0E00 and <= 0x0EFF) or (>= 0x0F00 and <= 0x0FFF) or (>= 0x1000 and <= 0x109F)
            or (>= 0x1780 and <= 0x17FF) or (>= 0x1B00 and <= 0x1B7F) or (>= 0xA980 and <= 0xA9DF);
}
