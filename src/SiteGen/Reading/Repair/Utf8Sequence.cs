using System.Text;

namespace SiteGen.Reading.Repair;

/// <summary>
/// Characters <c>[Start, End)</c> of a line whose code-page bytes form one valid UTF-8 sequence of two to four bytes,
/// and the character those bytes encode.
/// </summary>
internal readonly record struct Utf8Sequence(int Start, int End, Rune Decoded)
{
    /// <summary>
    /// Reads a run of characters that all stand for bytes of 0x80 or more as UTF-8 from left to right, adding each
    /// valid sequence to <paramref name="found"/>; a byte that starts none (a lone continuation, a truncated or
    /// overlong sequence, a surrogate) is stepped over, so real text beside mojibake is kept as it is.
    /// </summary>
    public static void FindAll(ReadOnlySpan<char> run, int offset, LegacyCodePage page, List<Utf8Sequence> found)
    {
        Span<byte> bytes = stackalloc byte[4];
        var i = 0;
        while (i < run.Length)
        {
            page.TryGetByte(run[i], out var lead);
            var length = lead switch { >= 0xC2 and <= 0xDF => 2, >= 0xE0 and <= 0xEF => 3, >= 0xF0 and <= 0xF4 => 4, _ => 0 };
            if (length == 0 || i + length > run.Length) { i++; continue; }
            bytes[0] = lead;
            var valid = true;
            for (var k = 1; k < length && valid; k++)
                valid = page.TryGetByte(run[i + k], out bytes[k]) && bytes[k] is >= 0x80 and <= 0xBF;
            // Rune.DecodeFromUtf8 refuses overlong forms, surrogates and code points past U+10FFFF.
            if (valid && Rune.DecodeFromUtf8(bytes[..length], out var rune, out var consumed) == System.Buffers.OperationStatus.Done && consumed == length)
            {
                found.Add(new Utf8Sequence(offset + i, offset + i + length, rune));
                i += length;
            }
            else i++;
        }
    }
}
