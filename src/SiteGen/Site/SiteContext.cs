using Scriban.Runtime;
using SiteGen.Checks;
using SiteGen.Incremental;
using SiteGen.Inference;
using SiteGen.Model;
using SiteGen.Reading;
using SiteGen.Rendering;
using SiteGen.Search;

namespace SiteGen.Site;

/// <summary>The services every module of one build shares: settings, URLs, theme, renderer and the output writer.</summary>
public sealed class SiteContext
{
    private readonly Lazy<PageRenderer> _renderer;
    private readonly Lazy<TemplateCache> _templates;
    private readonly OutputWriter? _writer;
    private IncrementalOutput? _output;
    private readonly Lazy<TagLexicon?> _lexicon;
    private Lazy<SeedListing>? _seeds;
    private IReadOnlyDictionary<string, string> _assets = new Dictionary<string, string>();

    /// <param name="writer">Null for runs that write nothing, such as <c>sitegen list</c>.</param>
    public SiteContext(string root, BuildOptions options, SiteSettings settings, Theme theme, OutputWriter? writer)
    {
        Root = Path.GetFullPath(root);
        Options = options;
        Settings = settings;
        Urls = new SiteUrls(settings.BaseUrl);
        Dates = new DateDisplay(settings.Locale, settings.DateFormat);
        Theme = theme;
        _templates = new Lazy<TemplateCache>(() => new TemplateCache(theme, PreviousTemplates), LazyThreadSafetyMode.ExecutionAndPublication);
        _writer = writer;
        PagefindExecutable = settings.Search.Enabled && options.SearchIndex
            ? PagefindLocator.Find(Root, options.Pagefind ?? Environment.GetEnvironmentVariable(PagefindLocator.EnvironmentVariable))
            : null;
        _lexicon = new Lazy<TagLexicon?>(() => settings.Tags.Enabled ? new TagLexicon(settings.Tags) : null, LazyThreadSafetyMode.ExecutionAndPublication);
        _seeds = new Lazy<SeedListing>(() => SeedListing.Of(Root), LazyThreadSafetyMode.ExecutionAndPublication);
        _renderer = new Lazy<PageRenderer>(() => new PageRenderer(Templates, SiteGlobals.Build(Settings, Urls, Assets, PagefindExecutable is not null, SectionMenu, Styles)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Root { get; }

    public BuildOptions Options { get; }
    /// <summary>
    /// The Pagefind the build will run, found once up front so pages can leave out the search UI's files when there
    /// will be none (and the link check then has nothing to flag); null when search is off or not installed.
    /// </summary>
    public string? PagefindExecutable { get; }
    public SiteSettings Settings { get; }
    public SiteUrls Urls { get; }
    public DateDisplay Dates { get; }
    public Theme Theme { get; }
    /// <summary>The templates an earlier build of this process parsed; those whose file is unchanged are not parsed again.</summary>
    public TemplateCache? PreviousTemplates { get; init; }
    /// <summary>Parsed on first use; a build touches it before running pipelines so template errors stop it early.</summary>
    public TemplateCache Templates => _templates.Value;
    public OutputWriter Writer => _writer ?? throw new InvalidOperationException("this run writes no output");

    /// <summary>
    /// Where every pipeline's writes run: at most one page per core at a time across all pipelines. The output phases
    /// run side by side, and with a thread per page in flight each holding a rendered page, the GC promotes what is in
    /// flight at each collection: more threads than cores bought no speed and a third more memory.
    /// </summary>
    public TaskScheduler WriteScheduler { get; } = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, Environment.ProcessorCount).ConcurrentScheduler;

    /// <summary>The seed files, listed on first use and then the same until the articles are read (<see cref="ForgetSeeds"/>).</summary>
    public SeedListing Seeds => (_seeds ?? throw new InvalidOperationException("the seed listing is let go once the articles are read; nothing after reading may list the seeds again")).Value;

    /// <summary>
    /// Lets the listing go: the build key and the reader are the only ones that need it, and it held a file's paths and
    /// stamp for every article (15 MB at 250,000) to the end of the build, whose peak is the end of the writing.
    /// </summary>
    public void ForgetSeeds() => _seeds = null;

    /// <summary>
    /// A listing of the seeds already under way, to be <see cref="Seeds"/>: the build starts it with the settings,
    /// whose loading keeps one core busy for tens of milliseconds at start while the listing waits on the file system.
    /// </summary>
    public Task<SeedListing> SeedsListing
    {
        init => _seeds = new Lazy<SeedListing>(() => value.GetAwaiter().GetResult(), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The settings' tag stop words and aliases, folded once; null when tags are disabled.</summary>
    public TagLexicon? TagLexicon => _lexicon.Value;

    /// <summary>What tag inference decided: each tag's aliases, and why each article got its tags when the command asked.</summary>
    public Inference.TagReport TagReport => LazyInitializer.EnsureInitialized(ref _tagReport, () => new Inference.TagReport { KeepNotes = Options.ExplainTags });
    private Inference.TagReport? _tagReport;

    /// <summary>Where modules write: through the comparison with the previous output when the builder set one up.</summary>
    public IncrementalOutput Output
    {
        get => _output ??= IncrementalOutput.WriteAll(Writer);
        set => _output = value;
    }
    /// <summary>What this build may reuse from the previous one; empty unless the site builder loaded a cache.</summary>
    public BuildCache Cache { get; init; } = BuildCache.Empty();

    /// <summary>
    /// Links of every page written, for the cheap link check at the end of the build. It starts from the last build's
    /// href table, so the link ids of the pages kept as they were are reused as they are.
    /// </summary>
    public LinkRecorder Links => LazyInitializer.EnsureInitialized(ref _links, () => new LinkRecorder(Cache.Output?.Hrefs, Urls));
    private LinkRecorder? _links;

    /// <summary>Asset name (<c>style.css</c>) to its fingerprinted link; set by the assets pipeline before any page renders.</summary>
    public IReadOnlyDictionary<string, string> Assets
    {
        get => _assets;
        set => _assets = value;
    }

    /// <summary>
    /// Stylesheet name (<c>style.css</c>) to its text, as a page may put it inside <c>&lt;style&gt;</c>; set by the assets
    /// pipeline with <see cref="Assets"/>. Every theme file is in the render key, so a changed stylesheet renders every page again.
    /// </summary>
    public IReadOnlyDictionary<string, string> Styles { get; set; } = new Dictionary<string, string>();

    /// <summary>
    /// The main navigation's sections (those with articles, in site.yml order, linked to their rubrik pages); set by the
    /// articles pipeline once its taxonomies are indexed, before any page renders. Every page shows it, so it goes
    /// into the render key: a section that gains its first article or loses its last one renders every page again.
    /// </summary>
    public IReadOnlyList<Rendering.Views.LinkView> SectionMenu
    {
        get => _sectionMenu;
        set
        {
            _sectionMenu = value;
            var f = new Fingerprint().Add("section-menu");
            foreach (var link in value) f.Add(link.Text).Add(link.Url);
            _output?.AddToRenderKey(f.Value); // none set: every file is written, nothing compared
        }
    }
    private IReadOnlyList<Rendering.Views.LinkView> _sectionMenu = [];

    /// <summary>
    /// What the dev server previews an edited article's page from until its rebuild ends; set by the articles pipeline
    /// when the build hands its cache to the next (<see cref="BuildOptions.CacheHandOff"/>), else null.
    /// </summary>
    public Preview.ArticlePreviews? Previews { get; set; }

    /// <summary>Created on first use, in PostProcess, once the asset links are known.</summary>
    public PageRenderer Renderer => _renderer.Value;

    /// <summary>The renderer's findings about undefined names; none when nothing was rendered.</summary>
    public IReadOnlyList<Engine.Diagnostic> TemplateProblems => _renderer.IsValueCreated ? _renderer.Value.Undefined.Diagnostics(Options.Strict) : [];

    public string Render(string layout, ScriptObject page) => Renderer.Render(layout, page);

    /// <summary>
    /// A document's content: <paramref name="layout"/> rendered with the variables <paramref name="model"/> makes, when
    /// the page is written (see <see cref="TemplatePage"/>).
    /// </summary>
    public Func<string> Page(string layout, Func<ScriptObject> model) => new TemplatePage(this, layout, model).Text;
}
