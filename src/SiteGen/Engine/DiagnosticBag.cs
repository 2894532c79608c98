using System.Collections.Concurrent;

namespace SiteGen.Engine;

/// <summary>Collects diagnostics from parallel modules; reads them back in a stable order so output never depends on thread timing.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) _items.Enqueue(d);
    }

    public int Count => _items.Count;
    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);
    public int WarningCount => _items.Count(d => d.Severity == Severity.Warning);

    /// <remarks>Messages are compared only between findings equal in all else: a deferred message is written
    /// only then (a key-by-key sort would write every one of them).</remarks>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        var sorted = _items.ToList();
        // Not a stable sort, but findings it could swap are equal in everything a reader sees.
        sorted.Sort(static (x, y) =>
        {
            var order = string.CompareOrdinal(x.File, y.File);
            if (order == 0) order = (x.Line ?? 0).CompareTo(y.Line ?? 0);
            if (order == 0) order = x.Severity.CompareTo(y.Severity);
            return order != 0 ? order : string.CompareOrdinal(x.Message, y.Message);
        });
        return sorted;
    }
}
