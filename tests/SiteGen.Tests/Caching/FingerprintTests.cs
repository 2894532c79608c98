using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using SiteGen.Caching;

namespace SiteGen.Tests.Caching;

public sealed class FingerprintTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(200)]
    [InlineData(5000)]
    public void AFingerprintIsTheHashOfItsValuesInOrderHoweverLongTheyAre(int length)
    {
        var text = new string('x', length);
        UInt128 value = new(7, 9);
        var expected = new List<byte>();
        for (var i = 0; i < 40; i++)
        {
            expected.AddRange(Int(text.Length));
            expected.AddRange(MemoryMarshal.AsBytes(text.AsSpan()).ToArray());
            expected.AddRange(Int(i));
            var bytes = new byte[16];
            BinaryPrimitives.WriteUInt128LittleEndian(bytes, value);
            expected.AddRange(bytes);
        }

        var f = new Fingerprint();
        for (var i = 0; i < 40; i++) f.Add(text).Add(i).Add(value);

        Assert.Equal(XxHash128.HashToUInt128(expected.ToArray()), f.Value);
        Assert.Equal(f.Value, f.Value);
    }

    [Fact]
    public void ValuesOfDifferentLengthsDoNotRunTogether() =>
        Assert.NotEqual(new Fingerprint().Add("ab").Add("c").Value, new Fingerprint().Add("a").Add("bc").Value);

    [Fact]
    public void CombineIsTheFingerprintOfBothValues()
    {
        UInt128 a = new(1, 2), b = new(3, 4);
        Assert.Equal(new Fingerprint().Add(a).Add(b).Value, Fingerprint.Combine(a, b));
    }

    private static byte[] Int(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        return bytes;
    }
}
