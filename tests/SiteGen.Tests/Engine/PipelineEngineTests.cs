using System.Collections.Concurrent;
using SiteGen.Engine;
using SiteGen.Tests.Kit;

namespace SiteGen.Tests.Engine;

public class PipelineEngineTests
{
    private static PipelineContext NewContext() => new(new DiagnosticBag(), new Dictionary<Type, object>(), CancellationToken.None);

    private static IModule Emit(params string[] sources) =>
        new DelegateModule((docs, _) => Task.FromResult<IReadOnlyList<Document>>([.. docs, .. sources.Select(s => new Document(s))]));

    private static IModule Record(ConcurrentQueue<string> log, string label) =>
        new DelegateModule((docs, _) => { log.Enqueue(label); return Task.FromResult(docs); });

    [Fact]
    public async Task RunsPhasesInOrderAndPostProcessSeesEveryPipeline()
    {
        var log = new ConcurrentQueue<string>();
        var a = new Pipeline("A");
        a.Input.Add(Emit("a1", "a2"));
        a.Process.Add(Record(log, "A.process"));
        a.Output.Add(Record(log, "A.output"));

        var b = new Pipeline("B");
        b.Process.Add(Emit("b1"));
        b.Process.Add(Record(log, "B.process"));
        IReadOnlyList<Document>? seenFromA = null;
        b.PostProcess.Add(new DelegateModule((docs, ctx) => { seenFromA = ctx.ProcessedBy("A"); log.Enqueue("B.post"); return Task.FromResult(docs); }));

        var results = await new PipelineEngine([a, b]).RunAsync(NewContext());

        Assert.Equal(["a1", "a2"], results["A"].Select(d => d.Source));
        Assert.Equal(["b1"], results["B"].Select(d => d.Source));
        Assert.Equal(["a1", "a2"], seenFromA!.Select(d => d.Source));
        var order = log.ToList();
        Assert.True(order.IndexOf("B.post") > order.IndexOf("A.process"));
        Assert.True(order.IndexOf("B.post") > order.IndexOf("B.process"));
    }

    [Fact]
    public async Task ADependentPipelineSeesItsDependencyDuringProcess()
    {
        var a = new Pipeline("A");
        a.Input.Add(Emit("x"));
        var b = new Pipeline("B");
        b.Dependencies.Add("A");
        b.Process.Add(new DelegateModule((_, ctx) => Task.FromResult<IReadOnlyList<Document>>(
            ctx.ProcessedBy("A").Select(d => new Document("from-" + d.Source)).ToList())));

        var results = await new PipelineEngine([b, a]).RunAsync(NewContext());
        Assert.Equal(["from-x"], results["B"].Select(d => d.Source));
    }

    [Fact]
    public async Task WhatAProcessModuleDropsFromItsInputIsFreeOnceItReturns()
    {
        // The article pipeline's first process step drops the reader's evidence, a few hundred bytes an article: the
        // engine must not keep the input documents, and the evidence with them, through the rest of the phase.
        WeakReference? dropped = null;
        var aliveInLaterStep = true;
        var a = new Pipeline("A");
        a.Input.Add(new DelegateModule((_, _) =>
        {
            var evidence = new byte[64 * 1024];
            dropped = new WeakReference(evidence);
            return Task.FromResult<IReadOnlyList<Document>>([new Document("a").WithMetadata("evidence", evidence)]);
        }));
        a.Process.Add(new DelegateModule((docs, _) =>
            Task.FromResult<IReadOnlyList<Document>>(docs.Select(d => d with { Metadata = d.Metadata.Remove("evidence") }).ToList())));
        a.Process.Add(new DelegateModule(async (docs, _) =>
        {
            // Off the synchronous call chain first: what is checked is what the engine's own state holds, not what a
            // stack slot of a frame below happens to keep (which differs between debug and optimised builds).
            await Task.Yield();
            aliveInLaterStep = Liveness.StillAlive(dropped!);
            return docs;
        }));

        var results = await new PipelineEngine([a]).RunAsync(NewContext());

        Assert.Equal(["a"], results["A"].Select(d => d.Source));
        Assert.Null(results["A"][0].Metadata.GetValueOrDefault("evidence"));
        Assert.False(aliveInLaterStep);
    }

    [Fact]
    public async Task WhenAModuleIsDoneWhatItDroppedIsAlreadyGarbage()
    {
        // The site builder compacts the heap as inference returns: only worth it if the module that just finished, and
        // went on after an await, no longer holds its input from frames below the callback.
        WeakReference? dropped = null;
        bool? aliveWhenDone = null;
        var a = new Pipeline("A");
        a.Input.Add(new DelegateModule((_, _) =>
        {
            var evidence = new byte[64 * 1024];
            dropped = new WeakReference(evidence);
            return Task.FromResult<IReadOnlyList<Document>>([new Document("a").WithMetadata("evidence", evidence)]);
        }));
        var dropping = new DelegateModule(async (docs, _) =>
        {
            await Task.Delay(1); // finished on another thread: the engine's await goes on inside this module's frames
            return docs.Select(d => d with { Metadata = d.Metadata.Remove("evidence") }).ToList();
        });
        a.Process.Add(dropping);
        var context = new PipelineContext(new DiagnosticBag(), new Dictionary<Type, object>(), CancellationToken.None)
        {
            ModuleDone = module =>
            {
                if (!ReferenceEquals(module, dropping)) return;
                aliveWhenDone = Liveness.StillAlive(dropped!);
            },
        };

        await new PipelineEngine([a]).RunAsync(context);

        Assert.False(aliveWhenDone);
    }

    [Fact]
    public async Task TheProcessPhasesDocumentsAreGarbageOnceTheOutputPhasesStart()
    {
        // An article's processed document (its record and list view) must not stay live beside the pages being written.
        WeakReference? processed = null;
        bool? aliveWhileWriting = null;
        var a = new Pipeline("A");
        a.Input.Add(new DelegateModule((_, _) =>
        {
            var doc = new Document("a").WithMetadata("record", new byte[64 * 1024]);
            processed = new WeakReference(doc);
            return Task.FromResult<IReadOnlyList<Document>>([doc]);
        }));
        a.PostProcess.Add(new DelegateModule((docs, _) =>
            Task.FromResult<IReadOnlyList<Document>>(docs.Select(d => new Document(d.Source, "a.html").WithContent("<p>a</p>")).ToList())));
        a.Output.Add(new DelegateModule((docs, _) =>
        {
            aliveWhileWriting = Liveness.StillAlive(processed!);
            return Task.FromResult(docs);
        }));

        await new PipelineEngine([a]).RunAsync(NewContext());

        Assert.False(aliveWhileWriting);
    }

    [Fact]
    public async Task ReadingAPipelinesProcessedDocumentsWhileWritingIsAClearError()
    {
        var a = new Pipeline("A");
        a.Input.Add(new DelegateModule((_, _) => Task.FromResult<IReadOnlyList<Document>>([new Document("a")])));
        var b = new Pipeline("B");
        b.Dependencies.Add("A");
        var seenInPostProcess = 0;
        b.PostProcess.Add(new DelegateModule((docs, ctx) =>
        {
            seenInPostProcess = ctx.ProcessedBy("A").Count;
            return Task.FromResult(docs);
        }));
        b.Output.Add(new DelegateModule((docs, ctx) => Task.FromResult(ctx.ProcessedBy("A"))));

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => new PipelineEngine([a, b]).RunAsync(NewContext()));

        Assert.Equal(1, seenInPostProcess);
        Assert.Contains("let go once every PostProcess phase is done", e.Message);
    }

    [Fact]
    public void ACycleIsAClearError()
    {
        var a = new Pipeline("A");
        a.Dependencies.Add("B");
        var b = new Pipeline("B");
        b.Dependencies.Add("A");
        var e = Assert.Throws<PipelineConfigurationException>(() => new PipelineEngine([a, b]));
        Assert.Contains("cycle", e.Message);
        Assert.Contains("A -> B -> A", e.Message);
    }

    [Fact]
    public void AMissingDependencyIsAClearError()
    {
        var a = new Pipeline("A");
        a.Dependencies.Add("Nope");
        var e = Assert.Throws<PipelineConfigurationException>(() => new PipelineEngine([a]));
        Assert.Contains("'Nope'", e.Message);
    }

    [Fact]
    public void DocumentsAreImmutable()
    {
        var d = new Document("s");
        var e = d.WithMetadata("k", 1).WithDestination("x.html").WithContent("hi");
        Assert.Empty(d.Metadata);
        Assert.Null(d.Destination);
        Assert.Equal(1, e.Get<int>("k"));
        Assert.Equal("hi", e.ReadContent());
    }
}
