using System.Collections;

namespace SiteGen.Engine;

/// <summary>
/// A phase's documents made when they are read, each time they are read, from state the pipeline holds anyway.
/// </summary>
/// <remarks>
/// The engine holds every pipeline's post-processed documents until the last pipeline has written (Statiq's model), so
/// a page that is a document with its own metadata array and closures stays on the heap from post-process to the end of
/// the build: about half a kilobyte an article page, 120 MB at 250,000 articles. When a page is a cheap function of
/// shared arrays (an article's record, summaries, related lists), making it again on each read costs less than that.
/// Readers must not rely on getting the same instance twice; documents are immutable, so none can tell otherwise.
/// </remarks>
public sealed class DocumentsOnDemand(int count, Func<int, Document> make) : IReadOnlyList<Document>
{
    public int Count => count;

    public Document this[int index] =>
        (uint)index < (uint)count ? make(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<Document> GetEnumerator()
    {
        for (var i = 0; i < count; i++) yield return make(i);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
