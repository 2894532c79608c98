using System.Buffers;
using System.Collections.Frozen;

namespace SiteGen.Reading.Repair;

/// <summary>
/// A single-byte code page that UTF-8 text gets mis-read with somewhere between a CMS, a scraper and a spreadsheet:
/// which byte (0x80 to 0xFF) each of its non-ASCII characters stands for, so the bytes can be read again as UTF-8.
/// </summary>
internal sealed class LegacyCodePage
{
    /// <summary>
    /// Windows-1252 and Latin-1 in one table. They agree from 0xA0 up; below it 1252 has punctuation where Latin-1 has
    /// the C1 controls, and text mis-read either way (or by a "sloppy" 1252 decoder that turns its five unassigned
    /// bytes into C1 controls) holds one or the other, so both stand for their byte.
    /// </summary>
    public static readonly LegacyCodePage Western = new("Windows-1252",
        "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ" +
        "\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ",
        LatinOneControls());

    /// <summary>
    /// Mac Roman, the code page of classic Mac OS and still the default of some Mac tools: the <c>‚Äú</c> of the real
    /// corpus. 0xDB was ¤ before Apple made it € in 1998, and 0xBD is written Ω as Greek omega or as the ohm sign.
    /// </summary>
    public static readonly LegacyCodePage MacRoman = new("Mac Roman",
        "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø" +
        "¿¡¬√ƒ≈∆«»…\u00A0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uF8FFÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ",
        [('¤', 0xDB), ('\u2126', 0xBD)]);

    public static readonly IReadOnlyList<LegacyCodePage> All = [Western, MacRoman];

    /// <summary>Every character that stands for a byte of 0x80 or more in any of the code pages: text without one has no mojibake.</summary>
    public static readonly SearchValues<char> AnyHighCharacter = SearchValues.Create(
        string.Concat(All.SelectMany(p => p.bytes.Keys).Distinct().Order()));

    private readonly FrozenDictionary<char, byte> bytes;

    public string Name { get; }

    private LegacyCodePage(string name, string high, IEnumerable<(char Character, byte Byte)> aliases)
    {
        if (high.Length != 128) throw new ArgumentException($"{name} needs 128 characters for 0x80 to 0xFF, not {high.Length}");
        Name = name;
        var map = new Dictionary<char, byte>();
        for (var i = 0; i < 128; i++) map[high[i]] = (byte)(0x80 + i);
        foreach (var (character, b) in aliases) map.TryAdd(character, b);
        bytes = map.ToFrozenDictionary();
    }

    /// <summary>The byte (0x80 or more) that <paramref name="c"/> stands for in this code page.</summary>
    public bool TryGetByte(char c, out byte b)
    {
        if (c < 0x80) { b = 0; return false; }
        return bytes.TryGetValue(c, out b);
    }

    public override string ToString() => Name;

    private static IEnumerable<(char, byte)> LatinOneControls()
    {
        for (var b = 0x80; b <= 0x9F; b++) yield return ((char)b, (byte)b);
    }
}
