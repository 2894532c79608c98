using SiteGen.Engine;

namespace SiteGen.Tests.Engine;

public class DocumentsOnDemandTests
{
    [Fact]
    public void EachReadMakesTheDocumentOfItsIndexAndNothingIsMadeUntilRead()
    {
        var made = new List<int>();
        var documents = new DocumentsOnDemand(3, i => { made.Add(i); return new Document($"a{i}", $"a{i}/index.html"); });

        Assert.Equal(3, documents.Count);
        Assert.Empty(made);
        Assert.Equal("a1/index.html", documents[1].Destination);
        Assert.Equal(["a0", "a1", "a2"], documents.Select(d => d.Source));
        Assert.Equal([1, 0, 1, 2], made);
        Assert.Equal(documents[2], documents[2]); // made twice, equal values
    }

    [Fact]
    public void AnIndexOutsideTheListIsRefusedWithoutMakingAnything()
    {
        var documents = new DocumentsOnDemand(2, i => throw new InvalidOperationException("made"));

        Assert.Throws<ArgumentOutOfRangeException>(() => documents[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => documents[-1]);
    }

    [Fact]
    public async Task TheWriteStepOfAPipelineReadsEveryDocumentOfAListMadeOnDemand()
    {
        var written = new System.Collections.Concurrent.ConcurrentBag<string>();
        var p = new Pipeline("A");
        p.PostProcess.Add(new DelegateModule((_, _) =>
            Task.FromResult<IReadOnlyList<Document>>(new DocumentsOnDemand(4, i => new Document($"a{i}", $"a{i}.html")))));
        p.Output.Add(new DelegateModule((docs, _) =>
        {
            Parallel.For(0, docs.Count, i => written.Add(docs[i].Destination!));
            return Task.FromResult(docs);
        }));

        var results = await new PipelineEngine([p]).RunAsync(new PipelineContext(new DiagnosticBag(), new Dictionary<Type, object>(), CancellationToken.None));

        Assert.Equal(["a0.html", "a1.html", "a2.html", "a3.html"], written.Order());
        Assert.Equal(4, results["A"].Count);
    }

    [Fact]
    public void ConcatenatedListsReadAsOneInOrderAndAnEmptyPartIsSkipped()
    {
        IReadOnlyList<Document> eager = [new Document("a"), new Document("b")];
        var made = new List<int>();
        var onDemand = new DocumentsOnDemand(3, i => { made.Add(i); return new Document($"c{i}"); });
        var whole = new ConcatenatedDocuments([eager, [], onDemand, [new Document("d")]]);

        Assert.Equal(6, whole.Count);
        Assert.Empty(made); // concatenating reads nothing
        Assert.Equal(["a", "b", "c0", "c1", "c2", "d"], Enumerable.Range(0, whole.Count).Select(i => whole[i].Source));
        Assert.Equal(["a", "b", "c0", "c1", "c2", "d"], whole.Select(d => d.Source));
        Assert.Throws<ArgumentOutOfRangeException>(() => whole[6]);
        Assert.Empty(new ConcatenatedDocuments([]));
    }
}
