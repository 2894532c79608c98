using Scriban.Runtime;

namespace SiteGen.Rendering;

/// <summary>
/// Where a page's text is rendered: one array of characters per rendering thread, reused from page to page, whose
/// text a writer reads as a span. Unlike a StringBuilder, which keeps a long page in chunks, the text is in one piece,
/// so it can be scanned for links and encoded to UTF-8 without first being made into a string.
/// </summary>
internal sealed class PageBuffer : IScriptOutput
{
    /// <summary>A buffer that grew past this (a tag index of thousands of terms) is let go after its page.</summary>
    private const int MaxKept = 512 * 1024;
    private const int Initial = 64 * 1024;

    private char[] _chars = new char[Initial];
    private int _length;

    public ReadOnlySpan<char> Text => _chars.AsSpan(0, _length);

    public void Clear()
    {
        _length = 0;
        if (_chars.Length > MaxKept) _chars = new char[Initial];
    }

    public void Write(string text, int offset, int count)
    {
        if (_length + count > _chars.Length) Grow(_length + count);
        text.CopyTo(offset, _chars, _length, count);
        _length += count;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return default;
    }

    private void Grow(int needed)
    {
        var bigger = new char[Math.Max(needed, _chars.Length * 2)];
        _chars.AsSpan(0, _length).CopyTo(bigger);
        _chars = bigger;
    }

    public override string ToString() => new(Text);
}
