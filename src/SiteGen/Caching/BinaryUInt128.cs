using System.Buffers.Binary;

namespace SiteGen.Caching;

/// <summary>Hashes are 128-bit; BinaryWriter knows no such type (<see cref="CacheReader"/> reads them back).</summary>
internal static class BinaryUInt128
{
    public static void Write(this BinaryWriter writer, UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, value);
        writer.Write(bytes);
    }
}
