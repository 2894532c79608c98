namespace SiteGen.Tests.Support;

/// <summary>A throwaway folder for payload files, deleted on dispose, and random payloads a seed makes again.</summary>
public sealed class PayloadFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("sitegen-payloads-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);

    /// <summary>The same <paramref name="length"/> random bytes for the same <paramref name="seed"/>.</summary>
    public static byte[] Payload(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
