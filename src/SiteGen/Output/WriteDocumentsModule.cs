using SiteGen.Engine;
using SiteGen.Site;

namespace SiteGen.Output;

/// <summary>Writes each document's content to its destination in parallel, then lets the text go.</summary>
public sealed class WriteDocumentsModule : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        var writer = site.Writer;
        var written = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, new ParallelOptions { CancellationToken = context.Cancellation }, i =>
        {
            var doc = inputs[i];
            if (doc.Destination is null) { written[i] = doc; return; }
            try
            {
                var content = doc.ReadContent();
                writer.WriteText(doc.Destination, content);
                if (doc.Destination.EndsWith(".html", StringComparison.Ordinal)) site.Links.Record(doc.Destination, content);
            }
            catch (IOException e)
            {
                context.Diagnostics.Add(Diagnostic.Error(doc.Source, $"could not be written to {doc.Destination}: {e.Message}"));
            }
            written[i] = doc with { Content = null };
        });
        return Task.FromResult<IReadOnlyList<Document>>(written);
    }
}
