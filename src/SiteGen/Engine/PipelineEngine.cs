namespace SiteGen.Engine;

/// <summary>
/// Runs pipelines through their phases in dependency order, independent pipelines in parallel.
/// A cycle or a dependency on an unknown pipeline is a configuration error raised before anything runs.
/// </summary>
public sealed class PipelineEngine
{
    private readonly IReadOnlyList<Pipeline> _pipelines;

    public PipelineEngine(IEnumerable<Pipeline> pipelines)
    {
        _pipelines = pipelines.ToList();
        Validate(_pipelines);
    }

    /// <summary>Returns each pipeline's Output-phase documents, keyed by pipeline name. The Process-phase documents are let
    /// go before the Output phases start (<see cref="PipelineContext.ForgetProcessed"/>).</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Document>>> RunAsync(PipelineContext context)
    {
        var byName = _pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var processTasks = new Dictionary<string, Task<IReadOnlyList<Document>>>(StringComparer.Ordinal);

        // Each pipeline's Input+Process starts as soon as its dependencies' Process phases are done.
        Task<IReadOnlyList<Document>> ProcessOf(string name)
        {
            if (processTasks.TryGetValue(name, out var existing)) return existing;
            var pipeline = byName[name];
            var deps = pipeline.Dependencies.Select(ProcessOf).ToArray();
            var task = Task.Run(async () =>
            {
                await Task.WhenAll(deps).ConfigureAwait(false);
                var hand = new DocumentsInHand([]);
                await RunPhaseAsync(pipeline, Phase.Input, hand, context).ConfigureAwait(false);
                await RunPhaseAsync(pipeline, Phase.Process, hand, context).ConfigureAwait(false);
                var docs = hand.Take();
                context.RecordProcessed(pipeline.Name, docs);
                return docs;
            }, context.Cancellation);
            processTasks[name] = task;
            return task;
        }

        foreach (var p in _pipelines) _ = ProcessOf(p.Name);
        await Task.WhenAll(processTasks.Values).ConfigureAwait(false);
        if (context.Processed is { } processed)
        {
            await FinishedFrames.LeaveAsync().ConfigureAwait(false);
            processed();
        }

        // Every PostProcess phase finishes before any Output phase starts, as in Statiq: by then every file the build
        // will write exists as a document, so progress can be shown against a known total from the first file on.
        var postProcessTasks = _pipelines.Select(p => Task.Run(async () =>
        {
            var docs = await processTasks[p.Name].ConfigureAwait(false);
            return await RunPhaseAsync(p, Phase.PostProcess, docs, context).ConfigureAwait(false);
        }, context.Cancellation)).ToArray();
        var postProcessed = await Task.WhenAll(postProcessTasks).ConfigureAwait(false);
        // Nothing reads the Process phases' documents past here (the finished tasks hold them too).
        processTasks.Clear();
        context.ForgetProcessed();

        var planned = 0;
        foreach (var docs in postProcessed)
            foreach (var doc in docs)
                if (doc.Destination is not null) planned++;
        context.OutputPlanned?.Invoke(planned);

        var outputTasks = _pipelines.Select((p, i) => Task.Run(async () =>
        {
            var docs = await RunPhaseAsync(p, Phase.Output, postProcessed[i], context).ConfigureAwait(false);
            return (p.Name, docs);
        }, context.Cancellation)).ToArray();

        var results = await Task.WhenAll(outputTasks).ConfigureAwait(false);
        return results.ToDictionary(r => r.Name, r => r.docs, StringComparer.Ordinal);
    }

    private static async Task<IReadOnlyList<Document>> RunPhaseAsync(Pipeline pipeline, Phase phase, IReadOnlyList<Document> docs, PipelineContext context)
    {
        var hand = new DocumentsInHand(docs);
        await RunPhaseAsync(pipeline, phase, hand, context).ConfigureAwait(false);
        return hand.Take();
    }

    /// <summary>
    /// Runs <paramref name="phase"/> on the documents in <paramref name="hand"/> and leaves its result there. The
    /// documents go from module to module with nothing else holding them, so what a module drops from its inputs is free
    /// once it returns: passed as a value, the phase's input stayed live in its caller (a local, a finished task's
    /// result) until the whole phase was done, and with it the reader's evidence through the article pipeline's
    /// process phase (86 MB at 100,000 articles).
    /// </summary>
    private static async Task RunPhaseAsync(Pipeline pipeline, Phase phase, DocumentsInHand hand, PipelineContext context)
    {
        var modules = pipeline.ModulesOf(phase);
        if (modules.Count == 0) return;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var docs = hand.Take();
        foreach (var module in modules)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            docs = await module.ExecuteAsync(docs, context).ConfigureAwait(false);
            if (context.ModuleDone is { } done)
            {
                await FinishedFrames.LeaveAsync().ConfigureAwait(false);
                done(module);
            }
        }
        hand.Put(docs);
        context.RecordTiming(new StepTiming($"{pipeline.Name}.{phase}", clock.Elapsed));
    }

    /// <summary>A phase's documents, held by one owner at a time (<see cref="Take"/> empties it).</summary>
    private sealed class DocumentsInHand(IReadOnlyList<Document> documents)
    {
        private IReadOnlyList<Document> _documents = documents;

        public IReadOnlyList<Document> Take()
        {
            var taken = _documents;
            _documents = [];
            return taken;
        }

        public void Put(IReadOnlyList<Document> documents) => _documents = documents;
    }

    private static void Validate(IReadOnlyList<Pipeline> pipelines)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in pipelines)
            if (!names.Add(p.Name)) throw new PipelineConfigurationException($"Two pipelines are named '{p.Name}'.");

        foreach (var p in pipelines)
            foreach (var d in p.Dependencies)
                if (!names.Contains(d))
                    throw new PipelineConfigurationException($"Pipeline '{p.Name}' depends on '{d}', which does not exist.");

        var byName = pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 visiting, 2 done
        void Visit(string name, Stack<string> path)
        {
            if (state.TryGetValue(name, out var s))
            {
                if (s == 1)
                {
                    var cycle = path.Reverse().SkipWhile(n => n != name).Append(name);
                    throw new PipelineConfigurationException($"Pipeline dependency cycle: {string.Join(" -> ", cycle)}.");
                }
                return;
            }
            state[name] = 1;
            path.Push(name);
            foreach (var d in byName[name].Dependencies) Visit(d, path);
            path.Pop();
            state[name] = 2;
        }
        foreach (var p in pipelines) Visit(p.Name, new Stack<string>());
    }
}

public sealed class PipelineConfigurationException(string message) : Exception(message);
