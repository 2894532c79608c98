using System.Buffers.Binary;
using System.IO.Hashing;
using SiteGen.Model;

namespace SiteGen.Tests.Model;

/// <summary>
/// Hash128 replaced UInt128 for ReadyToRun's sake only: every hash, every byte a cache file holds and every string must
/// be what UInt128 gave, so that old cache files stay valid and nothing a build decides changes.
/// </summary>
public sealed class Hash128Tests
{
    public static TheoryData<int> Lengths => [0, 1, 15, 16, 17, 240, 1000];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void OfIsXxHash128AsUInt128GivesIt(int length)
    {
        var bytes = Bytes(length);
        Assert.Equal(AsHash(XxHash128.HashToUInt128(bytes)), Hash128.Of(bytes));
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void CurrentIsTheIncrementalHashAsUInt128GivesIt(int length)
    {
        var hasher = new XxHash128();
        hasher.Append(Bytes(length));
        Assert.Equal(AsHash(hasher.GetCurrentHashAsUInt128()), Hash128.Current(hasher));
    }

    [Fact]
    public void BytesAndTextAreThoseOfUInt128()
    {
        var value = new UInt128(0x0123456789abcdef, 0xfedcba9876543210);
        var hash = AsHash(value);
        var expected = new byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(expected, value);
        var written = new byte[16];
        hash.WriteLittleEndian(written);

        Assert.Equal(expected, written);
        Assert.Equal(hash, Hash128.ReadLittleEndian(expected));
        Assert.Equal(value.ToString("x32", System.Globalization.CultureInfo.InvariantCulture), hash.ToString());
        Assert.Equal(new UInt128(0, 5).ToString("x32", System.Globalization.CultureInfo.InvariantCulture), new Hash128(5, 0).ToString());
    }

    private static Hash128 AsHash(UInt128 value) => new((ulong)value, (ulong)(value >> 64));

    private static byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        return bytes;
    }
}
