using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using SiteGen.Model;

namespace SiteGen.Tests.Model;

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
        Hash128 value = new(Low: 9, High: 7);
        var expected = new List<byte>();
        for (var i = 0; i < 40; i++)
        {
            expected.AddRange(Int(text.Length));
            expected.AddRange(MemoryMarshal.AsBytes(text.AsSpan()).ToArray());
            expected.AddRange(Int(i));
            var bytes = new byte[16];
            value.WriteLittleEndian(bytes);
            expected.AddRange(bytes);
        }

        var f = new Fingerprint();
        for (var i = 0; i < 40; i++) f.Add(text).Add(i).Add(value);

        Assert.Equal(Hash128.Of(expected.ToArray()), f.Value);
        Assert.Equal(f.Value, f.Value);
    }

    [Theory]
    [InlineData(3, 5000)]
    [InlineData(5000, 3)]
    [InlineData(5000, 5000)]
    public void AFingerprintResetAfterUseGivesWhatANewOneGives(int before, int after)
    {
        var reused = new Fingerprint().Add(new string('a', before)).Add(before);
        _ = reused.Value;

        var value = reused.Reset().Add(new string('b', after)).Add(after).Value;

        Assert.Equal(new Fingerprint().Add(new string('b', after)).Add(after).Value, value);
    }

    [Fact]
    public void ValuesOfDifferentLengthsDoNotRunTogether() =>
        Assert.NotEqual(new Fingerprint().Add("ab").Add("c").Value, new Fingerprint().Add("a").Add("bc").Value);

    [Fact]
    public void CombineIsTheFingerprintOfBothValues()
    {
        Hash128 a = new(2, 1), b = new(4, 3);
        Assert.Equal(new Fingerprint().Add(a).Add(b).Value, Fingerprint.Combine(a, b));
    }

    private static byte[] Int(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        return bytes;
    }
}
