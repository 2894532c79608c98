using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SiteGen.Reading;

/// <summary>
/// Counts words: runs of letters and digits, joined by a hyphen or an apostrophe inside them (<c>anak-anak</c>,
/// <c>Jum'at</c> are one word each). Every character of every article goes through it, so plain ASCII is taken sixteen
/// characters at a time; a block with any other character is counted one character at a time, as before.
/// </summary>
public static class WordCount
{
    public static int Of(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i + Vector256<ushort>.Count <= text.Length; i += Vector256<ushort>.Count)
            {
                var block = Vector256.LoadUnsafe(ref first, (nuint)i);
                if ((block & Vector256.Create((ushort)0xFF80)) != Vector256<ushort>.Zero)
                {
                    count += CountScalar(text.Slice(i, Vector256<ushort>.Count), ref inWord);
                    continue;
                }
                count += CountAscii(block, ref inWord);
            }
        }
        return count + CountScalar(text[i..], ref inWord);
    }

    /// <summary>
    /// Sixteen ASCII characters as bit masks (bit k is character k): a character is inside a word when it is a letter
    /// or digit, or a joiner right after a character inside a word; a word starts at a letter or digit whose previous
    /// character is not inside one.
    /// </summary>
    private static int CountAscii(Vector256<ushort> block, ref bool inWord)
    {
        var folded = block | Vector256.Create((ushort)0x20); // 'A'-'Z' onto 'a'-'z'; nothing else lands there
        var letters = Vector256.LessThan(folded - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26))
            | Vector256.LessThan(block - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10));
        var joiners = Vector256.Equals(block, Vector256.Create((ushort)'-')) | Vector256.Equals(block, Vector256.Create((ushort)'\''));
        var l = letters.ExtractMostSignificantBits();
        var j = joiners.ExtractMostSignificantBits();
        var carry = inWord ? 1u : 0u;

        // Joiners extend a word one character per round; a run of several needs as many rounds (rare).
        var inside = l;
        while (true)
        {
            var next = l | (j & ((inside << 1) | carry));
            if (next == inside) break;
            inside = next;
        }
        var previousInside = (inside << 1) | carry;
        inWord = (inside & (1u << (Vector256<ushort>.Count - 1))) != 0;
        return BitOperations.PopCount(l & ~previousInside);
    }

    private static int CountScalar(ReadOnlySpan<char> text, ref bool inWord)
    {
        var count = 0;
        var within = inWord;
        foreach (var c in text)
        {
            var letter = c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);
            if (letter && !within) count++;
            within = letter || (within && c is '-' or '\'' or '’');
        }
        inWord = within;
        return count;
    }
}
