using System.Buffers.Binary;
using System.Text;
using SiteGen.Model;

namespace SiteGen.Incremental;

/// <summary>
/// Reads what <see cref="BinaryWriter"/> wrote (little-endian numbers, one-byte booleans, strings as a 7-bit encoded
/// byte count and UTF-8) straight from bytes in memory. A cache of 10,000 articles holds about a million values;
/// BinaryReader over a MemoryStream goes through the stream and a char buffer for each, this reads them in place.
/// Reading past the end throws <see cref="EndOfStreamException"/>, as BinaryReader does.
/// </summary>
internal sealed class CacheReader
{
    private readonly byte[] _bytes;
    private readonly int _end;

    public CacheReader(byte[] bytes, int offset = 0, int? count = null)
    {
        _bytes = bytes;
        Position = offset;
        _end = count is { } c ? offset + c : bytes.Length;
        if (offset < 0 || _end > bytes.Length || _end < offset) throw new ArgumentOutOfRangeException(nameof(count));
    }

    /// <summary>A reader over <paramref name="bytes"/>, which stay where they are when they are part of an array.</summary>
    public static CacheReader Over(ReadOnlyMemory<byte> bytes) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new CacheReader(segment.Array!, segment.Offset, segment.Count)
            : new CacheReader(bytes.ToArray());

    /// <summary>Index of the next byte in the underlying array.</summary>
    public int Position { get; private set; }

    public byte ReadByte() => Take(1)[0];

    public bool ReadBoolean() => Take(1)[0] != 0;

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

    public Hash128 ReadHash128() => Hash128.ReadLittleEndian(Take(16));

    public string ReadString()
    {
        var length = Read7BitEncodedInt();
        if (length < 0) throw new InvalidDataException("negative string length");
        return length == 0 ? "" : Encoding.UTF8.GetString(Take(length));
    }

    /// <summary>
    /// The next string as <paramref name="shared"/> holds it (<see cref="Inference.SharedStrings.Share(ReadOnlySpan{char})"/>):
    /// decoded into a buffer on the stack, so a string the pool already has costs no allocation.
    /// </summary>
    public string ReadString(Inference.SharedStrings? shared)
    {
        if (shared is null) return ReadString();
        var length = Read7BitEncodedInt();
        if (length < 0) throw new InvalidDataException("negative string length");
        if (length == 0) return "";
        var bytes = Take(length);
        if (length > 256) return shared.Share(Encoding.UTF8.GetString(bytes));
        Span<char> chars = stackalloc char[256]; // UTF-8 never takes fewer bytes than UTF-16 takes chars
        var n = Encoding.UTF8.GetChars(bytes, chars);
        return shared.Share(chars[..n]);
    }

    /// <summary>The next <paramref name="count"/> bytes as a slice of the underlying array, not a copy.</summary>
    public ReadOnlyMemory<byte> ReadSlice(int count)
    {
        var at = Position;
        Take(count);
        return new ReadOnlyMemory<byte>(_bytes, at, count);
    }

    public void ReadExactly(Span<byte> destination) => Take(destination.Length).CopyTo(destination);

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > _end - Position) throw new EndOfStreamException("the cache ends before its data does");
        var span = new ReadOnlySpan<byte>(_bytes, Position, count);
        Position += count;
        return span;
    }

    // As BinaryReader.Read7BitEncodedInt: seven bits a byte, low first, at most five bytes.
    private int Read7BitEncodedInt()
    {
        uint result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = ReadByte();
            if (shift == 28 && b > 0b1111) throw new FormatException("bad 7-bit encoded number");
            result |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return (int)result;
        }
        throw new FormatException("bad 7-bit encoded number");
    }
}
