namespace SiteGen.Model;

/// <summary>
/// A 128-bit hash of a file's bytes (XxHash128): what the build cache compares to know whether an input changed.
/// Not cryptographic; it only has to tell our own files apart, and it hashes a 10,000-article archive in milliseconds.
/// </summary>
public readonly record struct ContentHash(Hash128 Value)
{
    public static ContentHash Of(ReadOnlySpan<byte> bytes) => new(Hash128.Of(bytes));

    public override string ToString() => Value.ToString();
}
