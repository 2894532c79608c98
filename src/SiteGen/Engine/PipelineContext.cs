using System.Collections.Concurrent;

namespace SiteGen.Engine;

/// <summary>What a module may see while it runs: diagnostics, cancellation, shared services and other pipelines' results.</summary>
public sealed class PipelineContext
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<Document>> _processed = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<StepTiming> _timings = new();
    private volatile bool _forgotten;

    public PipelineContext(DiagnosticBag diagnostics, IReadOnlyDictionary<Type, object> services, CancellationToken cancellation)
    {
        Diagnostics = diagnostics;
        Services = services;
        Cancellation = cancellation;
    }

    public DiagnosticBag Diagnostics { get; }
    public CancellationToken Cancellation { get; }
    public IReadOnlyDictionary<Type, object> Services { get; }

    /// <summary>
    /// Called once, after every PostProcess phase and before any Output phase, with the number of documents that have
    /// a destination: the files the Output phases are about to write. The site builder uses it for progress.
    /// </summary>
    public Action<int>? OutputPlanned { get; init; }

    /// <summary>
    /// Called once, when every Process phase has finished and before any PostProcess phase starts: the point where
    /// what reading and inference needed (and nothing later does) has just become garbage.
    /// </summary>
    public Action? Processed { get; init; }

    /// <summary>
    /// Called as each module returns, once what it gave back is in the engine's hands alone and the module's own frames
    /// are off the stack: what it dropped from its input is garbage by then.
    /// </summary>
    public Action<IModule>? ModuleDone { get; init; }

    /// <summary>
    /// Called by a module, on its own thread, when a step inside it is done and the step's work space is garbage: a
    /// long module whose steps each leave tables behind (inference) lets the site builder collect between them.
    /// </summary>
    public Action<IModule>? StepDone { get; init; }

    /// <summary>A shared service registered by the site builder (settings, theme, renderer).</summary>
    public T Service<T>() where T : class => (T)Services[typeof(T)];

    /// <summary>
    /// The documents a pipeline produced in its Process phase. Available to dependents during Input/Process
    /// and to everyone during PostProcess; let go before the Output phases start (<see cref="ForgetProcessed"/>).
    /// </summary>
    public IReadOnlyList<Document> ProcessedBy(string pipeline) =>
        _processed.TryGetValue(pipeline, out var docs) ? docs
        : _forgotten ? throw new InvalidOperationException($"Pipeline '{pipeline}''s Process-phase documents are let go once every PostProcess phase is done; read them in Input, Process or PostProcess.")
        : throw new InvalidOperationException($"Pipeline '{pipeline}' has not finished its Process phase; declare it as a dependency.");

    /// <summary>Time spent in each phase of each pipeline, ordered by name.</summary>
    public IReadOnlyList<StepTiming> Timings =>
        _timings.OrderBy(t => t.Step, StringComparer.Ordinal).ToList();

    internal void RecordTiming(StepTiming timing) => _timings.Enqueue(timing);

    internal void RecordProcessed(string pipeline, IReadOnlyList<Document> documents) => _processed[pipeline] = documents;

    /// <summary>
    /// Lets go of every pipeline's Process-phase documents. The Output phases write what PostProcess made of them, and
    /// kept here they were live to the end of the build: every article's document and its metadata (40 MB at 250,000
    /// articles) beside the pages being written.
    /// </summary>
    internal void ForgetProcessed()
    {
        _forgotten = true;
        _processed.Clear();
    }
}
