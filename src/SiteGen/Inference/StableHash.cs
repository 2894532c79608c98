using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Inference;

/// <summary>A hash that is the same on every machine and run (string.GetHashCode is randomised per process).</summary>
public static class StableHash
{
    public static string Hex(string text, int length)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash)[..length];
    }
}
