using System.Buffers.Binary;

namespace SiteGen.Caching;

/// <summary>Hashes are 128-bit; BinaryWriter and BinaryReader know no such type.</summary>
internal static class BinaryUInt128
{
    public static void Write(this BinaryWriter writer, UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, value);
        writer.Write(bytes);
    }

    public static UInt128 ReadUInt128(this BinaryReader reader)
    {
        Span<byte> bytes = stackalloc byte[16];
        reader.BaseStream.ReadExactly(bytes);
        return BinaryPrimitives.ReadUInt128LittleEndian(bytes);
    }
}
