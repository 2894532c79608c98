using SiteGen.Checks;
using SiteGen.Engine;
using SiteGen.Incremental;
using SiteGen.Model;
using SiteGen.Site;

namespace SiteGen.Modules.Writing;

/// <summary>
/// Writes each document's content to its destination in parallel; the text lives only while its file is written.
/// A document that carries a fingerprint (<see cref="DocumentKeys.Fingerprint"/>) and whose file is unchanged since the last
/// build is not even rendered; any other is rendered and written only if its bytes changed (<see cref="IncrementalOutput"/>).
/// </summary>
public sealed class WriteDocumentsModule : IModule
{
    /// <summary>The document's fingerprint: a value, or a function computed here, in parallel, only when writing; 0 for none.</summary>
    private static Hash128 FingerprintOf(Document doc) => doc.Metadata.GetValueOrDefault(DocumentKeys.Fingerprint) switch
    {
        Hash128 value => value,
        Func<Hash128> compute => compute(),
        _ => default,
    };

    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        var output = site.Output;
        var options = new ParallelOptions { CancellationToken = context.Cancellation, TaskScheduler = site.WriteScheduler, MaxDegreeOfParallelism = Environment.ProcessorCount };
        // Awaited, never waited on: the output phases run side by side, and a thread blocked in a loop whose workers
        // queue on the shared write scheduler cannot run them itself. Eight phases blocking eight pool threads left the
        // writes waiting for the pool to grow, a second at a time (seconds for a 26-article site under a busy test host).
        var writing = Parallel.ForAsync(0, inputs.Count, options, (i, _) =>
        {
            var doc = inputs[i];
            if (doc.Destination is null) return ValueTask.CompletedTask;
            var isPage = doc.Destination.EndsWith(".html", StringComparison.Ordinal);
            try
            {
                var fingerprint = FingerprintOf(doc);
                if (output.TryKeep(doc.Destination, fingerprint, out var keptLinks))
                {
                    if (isPage && keptLinks is { } kept) site.Links.Keep(doc.Destination, kept, output.PreviousHrefs);
                }
                else if (doc.GetOrDefault<Action<Stream>>(DocumentKeys.Utf8Content) is { } writeUtf8)
                {
                    var buffer = WriteBuffer.Rent();
                    try
                    {
                        writeUtf8(buffer);
                        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
                        LinkIds? links = isPage ? site.Links.Record(doc.Destination, System.Text.Encoding.UTF8.GetString(bytes)) : null;
                        output.Write(doc.Destination, bytes, fingerprint, links);
                    }
                    finally
                    {
                        WriteBuffer.Return(buffer);
                    }
                }
                else if (doc.Content?.Target is TemplatePage page)
                {
                    // A rendered page goes from the renderer's buffer to the link recorder and the UTF-8 encoder, never a string.
                    page.Write(text =>
                    {
                        LinkIds? links = isPage ? site.Links.Record(doc.Destination, text) : null;
                        output.WriteText(doc.Destination, text, fingerprint, links);
                    });
                }
                else
                {
                    var content = doc.ReadContent();
                    // A page's links stay with the link recorder, and its output entry holds the same ones.
                    LinkIds? links = isPage ? site.Links.Record(doc.Destination, content) : null;
                    output.WriteText(doc.Destination, content, fingerprint, links);
                }
            }
            catch (IOException e)
            {
                context.Diagnostics.Add(Diagnostic.Error(doc.Source, $"could not be written to {doc.Destination}: {e.Message}"));
            }
            return ValueTask.CompletedTask;
        });
        try
        {
            await writing.ConfigureAwait(false);
        }
        catch when (writing.Exception is { } failures)
        {
            // Every page that failed, as a blocking loop threw them: awaiting gives only the first to fail, which
            // depends on timing, and the build reports the first failure by file and line, the same every time.
            throw failures;
        }
        // The documents themselves, not copies without content: the engine holds these until every pipeline has
        // written, so a copy per file (70,000 at 50,000 articles) freed nothing and only added.
        return inputs;
    }
}
