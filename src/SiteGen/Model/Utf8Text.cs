using System.Buffers;
using System.Text;

namespace SiteGen.Model;

/// <summary>
/// A string held as UTF-8 for as long as a build keeps it, and made a string again each time it is read. For text
/// every article keeps to the end of the build and only a few pages print (its summary): Indonesian news is nearly all
/// ASCII, half the bytes of a .NET string, and 250,000 summaries were 119 MB as strings.
/// </summary>
/// <remarks>Text UTF-8 cannot carry as it is (an unpaired surrogate) is held as the string itself.</remarks>
public readonly struct Utf8Text : IEquatable<Utf8Text>
{
    private static readonly byte[] NoBytes = [];

    // UTF-8 bytes, a string UTF-8 cannot carry, or null for no text at all.
    private readonly object? _held;

    private Utf8Text(object? held) => _held = held;

    public static Utf8Text From(string? text)
    {
        if (text is null) return default;
        if (text.Length == 0) return new Utf8Text(NoBytes);
        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        return System.Text.Unicode.Utf8.FromUtf16(text, bytes, out _, out _, replaceInvalidSequences: false) == OperationStatus.Done
            ? new Utf8Text(bytes)
            : new Utf8Text(text);
    }

    public bool IsNull => _held is null;

    /// <summary>The text, or null for none.</summary>
    public string? Value => _held switch
    {
        null => null,
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        var text => (string)text,
    };

    public override string ToString() => Value ?? "";

    public bool Equals(Utf8Text other) => _held switch
    {
        null => other._held is null,
        byte[] bytes => other._held is byte[] others && bytes.AsSpan().SequenceEqual(others),
        var text => other._held is string others && (string)text == others,
    };

    public override bool Equals(object? obj) => obj is Utf8Text other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        if (_held is byte[] bytes) hash.AddBytes(bytes);
        else hash.Add(_held as string, StringComparer.Ordinal);
        return hash.ToHashCode();
    }
}
