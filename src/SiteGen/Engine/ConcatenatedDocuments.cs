using System.Collections;

namespace SiteGen.Engine;

/// <summary>
/// Several lists of documents read as one, each part left as it is: a pipeline whose pages come in runs (a term's
/// pages, a month's) would otherwise copy them into one list, and so make and hold every page of a run made on
/// demand (<see cref="DocumentsOnDemand"/>).
/// </summary>
public sealed class ConcatenatedDocuments : IReadOnlyList<Document>
{
    private readonly IReadOnlyList<Document>[] _parts;
    /// <summary>Where each part begins in the whole; one more entry, the whole's count, at the end.</summary>
    private readonly int[] _starts;

    public ConcatenatedDocuments(IEnumerable<IReadOnlyList<Document>> parts)
    {
        _parts = parts.Where(p => p.Count > 0).ToArray();
        _starts = new int[_parts.Length + 1];
        for (var i = 0; i < _parts.Length; i++) _starts[i + 1] = checked(_starts[i] + _parts[i].Count);
    }

    public int Count => _starts[^1];

    public Document this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            // The last part that begins at or before index.
            var part = Array.BinarySearch(_starts, index);
            if (part < 0) part = ~part - 1;
            return _parts[part][index - _starts[part]];
        }
    }

    public IEnumerator<Document> GetEnumerator()
    {
        foreach (var part in _parts)
            for (var i = 0; i < part.Count; i++) yield return part[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
