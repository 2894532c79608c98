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

    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.File, StringComparer.Ordinal)
              .ThenBy(d => d.Line ?? 0)
              .ThenBy(d => d.Severity)
              .ThenBy(d => d.Message, StringComparer.Ordinal)
              .ToList();
}
