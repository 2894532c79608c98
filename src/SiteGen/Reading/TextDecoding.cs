using System.Buffers;
using System.Text;
using SiteGen.Engine;

namespace SiteGen.Reading;

/// <summary>
/// Turns the bytes of an input file into text: strips a BOM, falls back to Windows-1252 for files that are not valid
/// UTF-8 (old CMS exports), and refuses files that are binary rather than guessing at them.
/// </summary>
/// <remarks>
/// The fallback and the mojibake repair (<see cref="Repair.Mojibake"/>) work at two levels and do not fight: the
/// fallback decides how a file's bytes are read, once, by whether they are valid UTF-8; the repair then works on the
/// characters, reading back UTF-8 that an earlier program mis-read, whichever way the file was decoded. A file that is
/// Windows-1252 throughout comes out right from the fallback and the repair leaves it (its é and “ are text, not
/// mojibake); a UTF-8 file with a few Windows-1252 bytes pasted in is read as Windows-1252, and the repair then reads
/// its UTF-8 parts back (<c>â€œ</c> to <c>“</c>), so both kinds of character come out right. The warning names the
/// file either way, and <c>text.repair: false</c> leaves the fallback's reading as it is.
/// </remarks>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    // Control bytes other than tab, line feed, carriage return and form feed: what binary files are full of.
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    // Signatures of formats people drop into content folders by mistake.
    private static readonly byte[][] BinaryMagic =
    [
        [0x89, (byte)'P', (byte)'N', (byte)'G'], [(byte)'%', (byte)'P', (byte)'D', (byte)'F'], [(byte)'P', (byte)'K', 3, 4],
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8'], [0xFF, 0xD8, 0xFF], [0x7F, (byte)'E', (byte)'L', (byte)'F'],
    ];

    public static DecodedText Decode(string file, ReadOnlySpan<byte> bytes)
    {
        var diagnostics = new List<Diagnostic>();
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];

        if (LooksBinary(bytes))
        {
            diagnostics.Add(Diagnostic.Error(file, "is a binary file, not a text article; skipped"));
            return new DecodedText(null, diagnostics);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Windows1252.Value.GetString(bytes);
            diagnostics.Add(Diagnostic.Warning(file, "is not valid UTF-8; decoded as Windows-1252, check accented characters"));
        }

        if (text.Contains('\0'))
        {
            text = text.Replace("\0", "");
            diagnostics.Add(Diagnostic.Warning(file, "contains NUL bytes; they were removed"));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(Diagnostic.Error(file, "is empty; no page was made"));
            return new DecodedText(null, diagnostics);
        }

        return new DecodedText(text, diagnostics);
    }

    /// <summary>
    /// A known binary signature, or control characters in more than 1% of the first 8 KiB (and more than a stray few,
    /// so a scraped article with one NUL byte is still read as text).
    /// </summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        foreach (var magic in BinaryMagic)
            if (bytes.StartsWith(magic)) return true;

        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (!sample.ContainsAny(ControlBytes)) return false; // the usual case, found by one vectorised scan
        var control = 0;
        foreach (var b in sample)
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f')) control++;
        return control * 100 > sample.Length && (control >= 8 || control * 10 > sample.Length);
    }
}
