using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Model;

/// <summary>A hash that is the same on every machine and run (string.GetHashCode is randomised per process).</summary>
public static class StableHash
{
    public static string Hex(string text, int length) => Hex(Encoding.UTF8.GetBytes(text), length);

    public static string Hex(ReadOnlySpan<byte> bytes, int length) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..length];
}
