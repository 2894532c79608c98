using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace SiteGen.Cli.Serve;

/// <summary>
/// A request path that is known to name something inside the served folder: plain segments, no dot segments, no
/// encoded or literal separators, no control characters. It is parsed from the raw request target, before any
/// normalisation by the server, so that <c>/a/%2e%2e/b</c> is refused rather than quietly turned into <c>/b</c>.
/// </summary>
public sealed record SafePath
{
    /// <summary>Longer request paths are refused; no page of a site comes near it, and long paths are a probe.</summary>
    public const int MaxLength = 2048;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private SafePath(IReadOnlyList<string> segments, bool isFolder)
    {
        Segments = segments;
        IsFolder = isFolder;
    }

    /// <summary>The decoded path segments, e.g. <c>["tag", "rusia"]</c> for <c>/tag/rusia/</c>; empty for <c>/</c>.</summary>
    public IReadOnlyList<string> Segments { get; }

    /// <summary>True when the path ends with '/', so it names a folder whose <c>index.html</c> is wanted.</summary>
    public bool IsFolder { get; }

    /// <summary>The path as a URL again, percent-encoded where needed, always starting with '/'.</summary>
    public string ToUrlPath()
    {
        var builder = new StringBuilder();
        foreach (var segment in Segments) builder.Append('/').Append(Uri.EscapeDataString(segment));
        if (IsFolder) builder.Append('/');
        return builder.Length == 0 ? "/" : builder.ToString();
    }

    /// <summary>The same path with a trailing '/', for redirecting a folder URL typed without it.</summary>
    public SafePath AsFolder() => new(Segments, isFolder: true);

    /// <summary>Whether the path is <paramref name="prefix"/> or lies under it (compared segment by segment).</summary>
    public bool StartsWith(IReadOnlyList<string> prefix)
    {
        if (prefix.Count > Segments.Count) return false;
        for (var i = 0; i < prefix.Count; i++)
            if (!string.Equals(Segments[i], prefix[i], StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>
    /// Parses a raw request target such as <c>/tag/rusia/?q=1</c>. Returns false, with the reason, for anything that is
    /// not a plain origin-form path: absolute URLs, <c>*</c>, dot segments (also encoded), empty segments (<c>//</c>),
    /// encoded slashes or backslashes, backslashes, NUL and other control characters, bad escapes, non-UTF-8 bytes,
    /// colons (drive letters and alternate data streams elsewhere) and paths longer than <see cref="MaxLength"/>.
    /// </summary>
    public static bool TryParse(string rawTarget, [NotNullWhen(true)] out SafePath? path, [NotNullWhen(false)] out string? reason)
    {
        path = null;
        var query = rawTarget.IndexOfAny(['?', '#']);
        var raw = query < 0 ? rawTarget : rawTarget[..query];

        if (raw.Length > MaxLength) return Refuse("is too long", out reason);
        if (raw.Length == 0 || raw[0] != '/') return Refuse("is not a path starting with '/'", out reason);

        var parts = raw.Split('/');
        // parts[0] is the empty text before the leading '/'; an empty last part means a trailing '/'.
        var isFolder = parts[^1].Length == 0;
        var count = isFolder ? parts.Length - 2 : parts.Length - 1;
        var segments = new string[count];
        for (var i = 0; i < count; i++)
        {
            var part = parts[i + 1];
            if (part.Length == 0) return Refuse("has an empty segment ('//')", out reason);
            if (!TryDecode(part, out var segment, out reason)) return false;
            if (segment is "." or "..") return Refuse("has a '.' or '..' segment", out reason);
            foreach (var c in segment)
            {
                if (c is '/' or '\\') return Refuse("has an encoded '/' or a backslash", out reason);
                if (c is ':') return Refuse("has a ':'", out reason);
                if (char.IsControl(c)) return Refuse("has a control character", out reason);
            }
            segments[i] = segment;
        }

        path = new SafePath(segments, isFolder);
        reason = null;
        return true;
    }

    private static bool TryDecode(string part, [NotNullWhen(true)] out string? segment, [NotNullWhen(false)] out string? reason)
    {
        segment = null;
        if (!part.Contains('%'))
        {
            segment = part;
            reason = null;
            return true;
        }

        // Work on the UTF-8 bytes so that raw non-ASCII characters and %-escaped ones decode alike.
        var input = Encoding.UTF8.GetBytes(part);
        var bytes = new List<byte>(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            var b = input[i];
            if (b != (byte)'%')
            {
                bytes.Add(b);
                continue;
            }
            if (i + 2 >= input.Length || !IsHex(input[i + 1]) || !IsHex(input[i + 2]))
                return Refuse("has a malformed %-escape", out reason);
            bytes.Add((byte)(HexValue(input[i + 1]) * 16 + HexValue(input[i + 2])));
            i += 2;
        }

        try
        {
            segment = StrictUtf8.GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            return Refuse("has %-escapes that are not UTF-8", out reason);
        }
        reason = null;
        return true;
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;

    private static bool Refuse(string why, out string reason)
    {
        reason = why;
        return false;
    }
}
