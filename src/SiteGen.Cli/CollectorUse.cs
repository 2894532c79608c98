using System.Globalization;

namespace SiteGen.Cli;

/// <summary>
/// What the garbage collector did in this process so far: how long threads were paused for it, how often each
/// generation was collected on its own, how much was allocated. The difference of two is what it did between them
/// (one rebuild of the dev server); <c>--timings</c> prints it, to tell a step that got slower from one that collects more.
/// </summary>
internal readonly record struct CollectorUse(TimeSpan Paused, int Gen0, int Gen1, int Gen2, long Allocated)
{
    public static CollectorUse Now()
    {
        // A collection of a generation collects the younger ones too and counts for them: count each on its own.
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        return new CollectorUse(GC.GetTotalPauseDuration(), gen0 - gen1, gen1 - gen2, gen2, GC.GetTotalAllocatedBytes());
    }

    public CollectorUse Since(CollectorUse before) =>
        new(Paused - before.Paused, Gen0 - before.Gen0, Gen1 - before.Gen1, Gen2 - before.Gen2, Allocated - before.Allocated);

    /// <summary>The line <c>--timings</c> ends with; <paramref name="settings"/> says how the collector was set up.</summary>
    public string Line(string settings) => string.Create(CultureInfo.InvariantCulture,
        $"  {Paused.TotalMilliseconds,8:0} ms  gc: paused ({Gen0} gen0, {Gen1} gen1, {Gen2} gen2 collections; {Allocated / (1 << 20)} MiB allocated; {settings})");

    /// <summary>
    /// The two settings a build's memory and pauses depend on: the young generation's budget (<see cref="CollectorBudget"/>)
    /// and how hard the collector conserves memory (the tool's <c>System.GC.ConserveMemory</c>, 0 when not set).
    /// </summary>
    public static string Settings()
    {
        var budget = Environment.GetEnvironmentVariable(CollectorBudget.Variable) is { } given ? $"gen0 budget {given}" : "the runtime's gen0 budget";
        // The runtime names it GCConserveMem, whether it came from runtimeconfig.json or DOTNET_GCConserveMemory.
        var conserve = GC.GetConfigurationVariables().TryGetValue("GCConserveMem", out var level) ? Convert.ToInt64(level, CultureInfo.InvariantCulture) : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{budget}, conserve memory {conserve}");
    }
}
