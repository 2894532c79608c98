using SiteGen.Engine;

namespace SiteGen.Tests.Architecture;

/// <summary>
/// Keeps the library's folders in one order, bottom to top, as docs/architecture.md draws them: a namespace uses only
/// its own layer and the layers below it, and no two namespaces use each other, even through others.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>
    /// The layers, lowest first; a namespace belongs to the layer whose name it equals or starts with (name + '.').
    /// The stage libraries (Reading to Checks) form a chain too: each may use the ones before it, never the ones after.
    /// Adding a folder means adding it here and to docs/architecture.md.
    /// </summary>
    public static readonly string[] Layers =
    [
        "SiteGen.Engine",
        "SiteGen.Model",
        "SiteGen.Language",
        "SiteGen.Reading",
        "SiteGen.Inference",
        "SiteGen.Archive",
        "SiteGen.Rendering",
        "SiteGen.Formats",
        "SiteGen.Search",
        "SiteGen.Checks",
        "SiteGen.Incremental",
        "SiteGen.Preview",
        "SiteGen.Site",
        "SiteGen.Modules",
        "SiteGen.Pipelines",
        "SiteGen.Build",
    ];

    private static readonly Lazy<NamespaceGraph> Library = new(() => NamespaceGraph.Of(typeof(Document).Assembly.Location, "SiteGen"));

    [Fact]
    public void Every_namespace_belongs_to_a_layer()
    {
        var unplaced = Library.Value.Namespaces.Where(ns => LayerOf(ns) < 0).Order(StringComparer.Ordinal).ToList();
        Assert.True(unplaced.Count == 0,
            $"namespaces in no layer: {string.Join(", ", unplaced)}; add each to {nameof(LayeringTests)}.{nameof(Layers)} and docs/architecture.md");
    }

    [Fact]
    public void No_layer_uses_a_layer_above_it()
    {
        var upward = Library.Value.Edges
            .Where(e => LayerOf(e.From) >= 0 && LayerOf(e.From) < LayerOf(e.To))
            .OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal)
            .Select(e => $"{e.From} -> {e.To} (e.g. {e.Example})")
            .ToList();
        Assert.True(upward.Count == 0, "a lower layer uses a higher one:\n" + string.Join("\n", upward));
    }

    [Fact]
    public void No_namespaces_use_each_other()
    {
        var graph = Library.Value;
        var cycles = graph.Cycles();
        var lines = cycles.Select(group => string.Join(", ", group) + ":\n" + string.Join("\n",
            graph.Edges.Where(e => group.Contains(e.From) && group.Contains(e.To)).Select(e => $"  {e.From} -> {e.To} (e.g. {e.Example})")));
        Assert.True(cycles.Count == 0, "namespaces that use each other:\n" + string.Join("\n", lines));
    }

    [Fact]
    public void Every_module_lives_under_Modules()
    {
        var misplaced = typeof(Document).Assembly.GetTypes()
            .Where(t => typeof(IModule).IsAssignableFrom(t) && !t.IsInterface && t != typeof(DelegateModule))
            .Where(t => t.Namespace is null || !t.Namespace.StartsWith("SiteGen.Modules.", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(misplaced.Count == 0, "modules outside SiteGen.Modules: " + string.Join(", ", misplaced));
    }

    /// <summary>The graph itself is read right: a test that cannot see a use would pass whatever the code did.</summary>
    [Fact]
    public void The_graph_sees_uses_in_signatures_and_method_bodies()
    {
        var edges = Library.Value.Edges.Select(e => (e.From, e.To)).ToHashSet();
        Assert.Contains(("SiteGen.Build", "SiteGen.Pipelines"), edges);        // SitePipelines.All() called in a method body
        Assert.Contains(("SiteGen.Model", "SiteGen.Engine"), edges);           // ConfigurationException's Diagnostic property
        Assert.Contains(("SiteGen.Modules.Articles", "SiteGen.Inference"), edges); // inside an async/lambda body
    }

    private static int LayerOf(string ns) =>
        Array.FindIndex(Layers, layer => ns == layer || ns.StartsWith(layer + ".", StringComparison.Ordinal));
}
