using System.Collections;

namespace SiteGen.Inference;

/// <summary>
/// A list whose items are worked out from another's each time they are read, and never kept: the archive-wide tag steps
/// read every article's candidates a few times over, and holding every step's version of every article's list at once
/// was the largest part of the build's peak. Reading twice gives equal items, since <paramref name="compute"/> is a pure
/// function of the source item.
/// </summary>
internal sealed class ComputedList<TSource, T>(IReadOnlyList<TSource> source, Func<TSource, T> compute) : IReadOnlyList<T>
{
    public int Count => source.Count;

    public T this[int index] => compute(source[index]);

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < source.Count; i++) yield return compute(source[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
