using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;

namespace SiteGen.Model;

/// <summary>
/// A 128-bit hash (XxHash128) as two 64-bit halves: the value <see cref="UInt128"/> would hold, bit for bit, and stored
/// the same way (little-endian, low half first), so cache files and fingerprints are unchanged.
/// </summary>
/// <remarks>
/// Not <see cref="UInt128"/> itself: ReadyToRun does not precompile a method whose code touches UInt128 (its layout
/// belongs to the runtime, not to our image), so every such method, from the cache's reader to the build's own
/// state machine, was JIT-compiled at each start, about sixty of them, many with full optimisation.
/// </remarks>
public readonly record struct Hash128(ulong Low, ulong High)
{
    /// <summary>XxHash128 of <paramref name="bytes"/>, as <see cref="XxHash128.HashToUInt128"/> gives it.</summary>
    public static Hash128 Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(bytes, hash);
        return FromCanonical(hash);
    }

    /// <summary>The hash of what was appended to <paramref name="hasher"/>, as <see cref="XxHash128.GetCurrentHashAsUInt128"/> gives it.</summary>
    public static Hash128 Current(XxHash128 hasher)
    {
        Span<byte> hash = stackalloc byte[16];
        hasher.GetCurrentHash(hash);
        return FromCanonical(hash);
    }

    public static Hash128 ReadLittleEndian(ReadOnlySpan<byte> bytes) =>
        new(BinaryPrimitives.ReadUInt64LittleEndian(bytes), BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]));

    public void WriteLittleEndian(Span<byte> bytes)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, Low);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], High);
    }

    public override string ToString() =>
        High.ToString("x16", CultureInfo.InvariantCulture) + Low.ToString("x16", CultureInfo.InvariantCulture);

    // XxHash128's canonical form is big-endian, high half first.
    private static Hash128 FromCanonical(ReadOnlySpan<byte> hash) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(hash[8..]), BinaryPrimitives.ReadUInt64BigEndian(hash));
}
