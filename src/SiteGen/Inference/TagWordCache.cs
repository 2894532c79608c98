namespace SiteGen.Inference;

/// <summary>
/// The strings tag finding makes over and over, made once: each capitalised word as written with its key, and the
/// keys and spellings of names of several words. One cache serves one worker thread, so it needs no
/// locks; it changes no result, only how many strings are allocated. A reader kept for a whole archive keeps its
/// cache too, so each cache is emptied when it reaches <see cref="Capacity"/> entries rather than growing with the
/// archive's vocabulary.
/// </summary>
internal sealed class TagWordCache
{
    private readonly Dictionary<string, (string Spelling, string Key)> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _joined = new(StringComparer.Ordinal);
    private char[] _buffer = new char[128];

    /// <summary>Entries of each kind kept at most: enough for the names of thousands of articles, a few MB.</summary>
    public const int Capacity = 1 << 15;

    /// <summary>The word as a string, and its key (<see cref="TagKeys.Fold(ReadOnlySpan{char})"/>).</summary>
    public (string Spelling, string Key) Word(ReadOnlySpan<char> written)
    {
        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(written, out var known)) return known;
        if (_words.Count >= Capacity) _words.Clear();
        var spelling = written.ToString();
        var entry = (spelling, TagKeys.Fold(spelling));
        _words[spelling] = entry;
        return entry;
    }

    /// <summary><paramref name="length"/> words from <paramref name="start"/> joined by single spaces.</summary>
    public string Joined(string[] words, int start, int length)
    {
        if (length == 1) return words[start];
        var size = length - 1;
        for (var i = start; i < start + length; i++) size += words[i].Length;
        if (_buffer.Length < size) _buffer = new char[Math.Max(size, _buffer.Length * 2)];
        var n = 0;
        for (var i = start; i < start + length; i++)
        {
            if (i > start) _buffer[n++] = ' ';
            words[i].CopyTo(_buffer.AsSpan(n));
            n += words[i].Length;
        }
        var text = _buffer.AsSpan(0, n);
        var lookup = _joined.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var existing)) return existing;
        if (_joined.Count >= Capacity) _joined.Clear();
        var joined = text.ToString();
        _joined.Add(joined);
        return joined;
    }
}
