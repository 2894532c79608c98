using SiteGen.Model;

namespace SiteGen.Incremental;

/// <summary>Hashes are 128-bit; BinaryWriter knows no such type (<see cref="CacheReader"/> reads them back).</summary>
internal static class BinaryHash128
{
    public static void Write(this BinaryWriter writer, Hash128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        value.WriteLittleEndian(bytes);
        writer.Write(bytes);
    }
}
