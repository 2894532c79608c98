using System.Text;
using SiteGen.Engine;
using SiteGen.Incremental;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Kit;

/// <summary>
/// A <see cref="SiteContext"/> over a throwaway folder, so one module runs alone: the settings a test gives, the
/// repository's theme, and a writer into <see cref="Staging"/>. No pipeline, no cache, no build around it.
/// </summary>
/// <example><code>
/// using var site = new FakeSite();
/// site.Seed("a.txt", "Judul\nJAKARTA, iNews.id - Isi.\n");
/// var docs = await site.RunAsync(new ReadArticlesModule());
/// </code></example>
public sealed class FakeSite : IDisposable
{
    public FakeSite(SiteSettings? settings = null, BuildOptions? options = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "sitegen-kit-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        Staging = Path.Combine(Root, "staging");
        Settings = settings ?? new SiteSettings();
        Options = options ?? new BuildOptions { Root = Root, SearchIndex = false };
        _context = new Lazy<SiteContext>(() => new SiteContext(Root, Options, Settings,
            new Theme([new DirectoryThemeLayer(RepoPaths.Theme, "theme")]), new OutputWriter(Staging)));
    }

    private readonly Lazy<SiteContext> _context;

    public string Root { get; }
    /// <summary>Where the writer puts files.</summary>
    public string Staging { get; }
    public SiteSettings Settings { get; }
    public BuildOptions Options { get; }
    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>Made on first use, so a test writes its seeds first (the context lists them once).</summary>
    public SiteContext Context => _context.Value;

    /// <summary>Writes <c>seeds/NAME</c>; text may start with front matter.</summary>
    public FakeSite Seed(string name, string text) => Seed(name, Encoding.UTF8.GetBytes(text));

    public FakeSite Seed(string name, byte[] bytes)
    {
        var path = Path.Combine(Root, "seeds", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    /// <summary>A pipeline context with this site as its service; <paramref name="processed"/> stands in for pipelines that ran before.</summary>
    public PipelineContext Pipeline(params (string Pipeline, IReadOnlyList<Document> Documents)[] processed)
    {
        var context = new PipelineContext(Diagnostics, new Dictionary<Type, object> { [typeof(SiteContext)] = Context }, CancellationToken.None);
        foreach (var (name, documents) in processed) context.RecordProcessed(name, documents);
        return context;
    }

    /// <summary>Runs one module over <paramref name="inputs"/>.</summary>
    public Task<IReadOnlyList<Document>> RunAsync(IModule module, IReadOnlyList<Document>? inputs = null, PipelineContext? context = null) =>
        module.ExecuteAsync(inputs ?? [], context ?? Pipeline());

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
