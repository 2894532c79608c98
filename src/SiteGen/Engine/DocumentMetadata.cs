using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace SiteGen.Engine;

/// <summary>
/// A document's metadata: an immutable map from a few string keys to values, kept as one small array.
/// </summary>
/// <remarks>
/// A document carries a handful of keys, and every article keeps several versions of its document along its pipeline.
/// An <c>ImmutableDictionary</c> spent a tree node of 64 bytes per key and version (25 MB of nodes still live at the
/// end of a 50,000-article build); an array copied on each change costs 16 bytes a key, and a lookup over five keys
/// is a few comparisons.
/// </remarks>
public sealed class DocumentMetadata : IReadOnlyCollection<KeyValuePair<string, object>>
{
    public static readonly DocumentMetadata Empty = new([]);

    private readonly KeyValuePair<string, object>[] _items;

    private DocumentMetadata(KeyValuePair<string, object>[] items) => _items = items;

    public int Count => _items.Length;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _items[i].Value : null;
        return i >= 0;
    }

    public object? GetValueOrDefault(string key) => TryGetValue(key, out var value) ? value : null;

    /// <summary>This metadata with <paramref name="key"/> set to <paramref name="value"/>, added or replaced.</summary>
    public DocumentMetadata SetItem(string key, object value)
    {
        var i = IndexOf(key);
        KeyValuePair<string, object>[] items;
        if (i >= 0)
        {
            items = (KeyValuePair<string, object>[])_items.Clone();
        }
        else
        {
            i = _items.Length;
            items = new KeyValuePair<string, object>[i + 1];
            Array.Copy(_items, items, i);
        }
        items[i] = new(key, value);
        return new DocumentMetadata(items);
    }

    /// <summary>This metadata without <paramref name="key"/>; itself when it has no such key.</summary>
    public DocumentMetadata Remove(string key)
    {
        var i = IndexOf(key);
        if (i < 0) return this;
        var items = new KeyValuePair<string, object>[_items.Length - 1];
        Array.Copy(_items, items, i);
        Array.Copy(_items, i + 1, items, i, items.Length - i);
        return new DocumentMetadata(items);
    }

    private int IndexOf(string key)
    {
        for (var i = 0; i < _items.Length; i++)
            if (string.Equals(_items[i].Key, key, StringComparison.Ordinal)) return i;
        return -1;
    }

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object>>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
