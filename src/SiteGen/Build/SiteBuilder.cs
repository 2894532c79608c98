using System.Diagnostics;
using SiteGen.Checks;
using SiteGen.Engine;
using SiteGen.Incremental;
using SiteGen.Inference;
using SiteGen.Model;
using SiteGen.Modules.Articles;
using SiteGen.Pipelines;
using SiteGen.Reading;
using SiteGen.Rendering;
using SiteGen.Search;
using SiteGen.Site;

namespace SiteGen.Build;

/// <summary>
/// The one entry point of a build: settings in, result out. Everything is written to a staging folder that replaces
/// the output only when the build finished, so a configuration error, a template error, a crash or a cancellation
/// leaves the previous site as it was.
/// </summary>
public static class SiteBuilder
{
    public static async Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        BuildPlan? plan = null;
        try
        {
            plan = Plan(options);
            if (plan.Unchanged is { } previous) return Replay(plan, previous, clock);
            var run = await RunAsync(plan, diagnostics, cancellation).ConfigureAwait(false);
            var search = await IndexAsync(plan, run, diagnostics, cancellation).ConfigureAwait(false);
            // Past the search index nothing reads the pipelines' documents (every article's record, summary and page):
            // what the end needs of them is taken now and they are let go, so they are not live through the link check
            // and the cache save (300 MB at the end of a 250,000-article build).
            var made = RunFacts.Of(run);
            run = null;
            // And off the stack the build has gone on in since the last page was written: the awaits above continued
            // synchronously inside the frames of the module that finished last, the article writer, which hold every
            // article's document (found with dotnet-dump gcroot): onto another thread, once that one has left them.
            await FinishedFrames.LeaveAsync().ConfigureAwait(false);
            // Those documents are now garbage in the oldest generation, which the collector would reclaim only after the
            // check and the save had allocated beside them (one folder name per page for the save's stamps): at 250,000
            // articles the end of the build was its peak, 1,028 MB of RSS (now 967-982). As after processing, not under the
            // dev server, and only for a heap worth it: a one-edit build at 10,000 articles looked ~0.1 s slower with it.
            if (options.CacheHandOff is null) CompactIfLarge();
            var checkTime = Check(plan, search.Outcome, diagnostics, cancellation);
            return Commit(plan, made, search, checkTime, diagnostics, clock, cancellation);
        }
        catch (Exception e) when (Fatal(e) is { } fatal)
        {
            plan?.Output.Abandon();
            diagnostics.Add(fatal);
            return new BuildResult(2, 0, 0, diagnostics.Sorted(), clock.Elapsed);
        }
        catch
        {
            plan?.Output.Abandon();
            throw;
        }
        finally
        {
            plan?.Cache.Articles.ClosePayloadFile();
            plan?.Cache.DiscardUnsaved();
            plan?.Output.Dispose();
        }
    }

    /// <summary>
    /// Plan: settings, theme, an empty staging folder, the cache and the key of every input; and whether the output
    /// already is what this build would write (<see cref="BuildPlan.Unchanged"/>).
    /// </summary>
    private static BuildPlan Plan(BuildOptions options)
    {
        var root = Path.GetFullPath(options.Root);
        if (!Directory.Exists(root))
            throw new ConfigurationException(Diagnostic.Error("--root", $"the site folder '{root}' does not exist; pass --root with the folder that holds seeds/ and input/, or make a new site with 'sitegen new DIR'"));
        // Listed beside the settings (YamlDotNet's start-up, ~60 ms of one core): neither needs the other.
        var seeds = Task.Run(() => SeedListing.Of(root));
        var settings = SiteSettingsLoader.Load(root, options.BaseUrl);
        var theme = LoadTheme(root, options);

        // The analysis's tables are built beside the cache's loading, the next step on this thread: a build with a changed
        // article analyses it while every later step waits. Beside the settings instead, three things shared two cores
        // and the settings came later by as much as the analysis gained.
        _ = Task.Run(() => AnalysisWarmUp.Run());
        var output = OutputFolder.Prepare(root, options.OutputPath);
        BuildCache? cache = null;
        try
        {
            var step = Stopwatch.StartNew();
            var analysisKey = BuildKeys.Analysis(settings.Tags, settings.Text);
            cache = options.NoCache ? BuildCache.None()
                : options.CacheHandOff is { } handOff ? handOff.Take(root, analysisKey, output.Path) : BuildCache.Load(root, analysisKey, output.Path);
            if (!options.NoCache && options.CacheHandOff is null) cache.SpillPayloads(root);
            var writer = new OutputWriter(output.StagingPath, options.Progress) { RecordsWritten = options.Strict };
            var site = new SiteContext(root, options, settings, theme, writer)
            {
                Cache = cache,
                SeedsListing = seeds,
                PreviousTemplates = options.CacheHandOff?.Templates,
            };
            var renderKey = BuildKeys.Render(root, options, settings, theme, site.PagefindExecutable);
            // The dev server's folder, as its last build left it: nothing to look at before trusting it but the folder's
            // own time, which any update moves (OutputFolder.UpdateInPlace), and which a deleted folder has not.
            var asLeft = cache.OutputLeftByThisProcess && cache.Output is { } left && left.OutputFolder == output.Path
                && left.Folders.TryGetValue("", out var leftRoot) && FolderStamp.Of(output.Path).ModifiedTicks == leftRoot.ModifiedTicks;
            site.Output = new IncrementalOutput(output.Path, writer, renderKey, cache.Output) { CheckKeptFiles = !asLeft };
            // The key is only compared with the last build's and saved for the next: without a cache it would analyse every
            // article here and keep the serialised analyses the whole build only to be read back once.
            var buildKey = options.NoCache ? default : InputKey.Of(site, renderKey, analysisKey, output.Path);
            // Whether the output is as the last build left it matters now only when no input changed; otherwise the
            // survey is first needed by the update at the end, and runs beside the reading and inference.
            OutputSurvey? survey = null;
            OutputManifest? unchanged = null;
            if (asLeft) survey = output.TakeAsLeft(cache.Output!);
            if (cache.Output is { } previous && previous.BuildKey == buildKey)
            {
                survey ??= output.Survey(previous);
                if (asLeft || OutputIsAsLeft(output.Path, previous, survey)) unchanged = previous;
            }
            else if (!asLeft) output.BeginSurvey(cache.Output);
            var cacheTime = step.Elapsed;
            return new BuildPlan(root, site, output, writer, cache, analysisKey, buildKey, survey, unchanged, cacheTime);
        }
        catch
        {
            output.Abandon();
            output.Dispose();
            cache?.Articles.ClosePayloadFile();
            throw;
        }
    }

    /// <summary>Nothing changed since the last build and its output is intact: say again what it said, touch nothing.</summary>
    private static BuildResult Replay(BuildPlan plan, OutputManifest previous, Stopwatch clock)
    {
        plan.Output.Abandon();
        if (plan.Cache.Articles.Hashed > 0)
        {
            // Saving anyway: folders read again because their stamps were too recent to trust get new ones. Not
            // worth a save of its own; the next build that saves stamps them.
            if (plan.Survey is { } survey && survey.Verified.Count < previous.Folders.Count) previous = previous with { Folders = plan.Output.FolderStamps(previous.Files.Keys) };
            SaveCache(plan, previous);
        }
        var r = previous.Result;
        return new BuildResult(r.ExitCode, r.Articles, 0, r.Diagnostics, clock.Elapsed)
        {
            Repairs = r.Repairs,
            FilesUnchanged = previous.Files.Count,
            Search = new SearchIndexOutcome((SearchIndexStatus)r.SearchStatus, r.SearchMessage, r.SearchPages),
            Timings = [new StepTiming("cache: nothing changed", plan.CacheTime)],
        };
    }

    /// <summary>What the pipelines made: their documents, the published articles' repairs (counted while the engine still
    /// held their records), and the context that timed their phases.</summary>
    private sealed record RunOutcome(IReadOnlyDictionary<string, IReadOnlyList<Document>> Results, TextRepairCounts Repairs, PipelineContext Context);

    /// <summary>What the end of a build needs of its run: the articles published, their repairs, the phases' times.</summary>
    private sealed record RunFacts(int Articles, TextRepairCounts Repairs, IReadOnlyList<StepTiming> Timings)
    {
        public static RunFacts Of(RunOutcome run) => new(
            run.Results.TryGetValue(ArchiveInputs.ArticlesPipeline, out var a) ? a.Count : 0, run.Repairs, run.Context.Timings);
    }

    /// <summary>Run: every pipeline, writing what changed into the staging folder.</summary>
    private static async Task<RunOutcome> RunAsync(BuildPlan plan, DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        var site = plan.Site;
        var options = site.Options;
        _ = site.Templates; // parse every template now: a syntax error stops the build before any page is written
        if (options.CacheHandOff is { } templatesHandOff) templatesHandOff.Templates = site.Templates;
        var services = new Dictionary<Type, object> { [typeof(SiteContext)] = site };
        // The dev server (the one caller with a hand-off) rebuilds while someone waits for the page: a blocking full
        // collection there would cost the reload tens of milliseconds to trim a peak nobody is short of.
        // Before that collection, the analysed articles' part of the next cache goes to disk: a couple of kilobytes
        // per article that would otherwise live until the save at the very end.
        var collect = options.CacheHandOff is null
            ? () => { if (!options.NoCache) plan.Cache.SpillArticles(plan.Root, plan.AnalysisKey); CompactTheHeap(); }
            : (Action?)null;
        // The reader's evidence (each text's tag findings, section words and date clues) is garbage once inference has
        // made the records, and the tag steps' tables with it: packed away there, before taxonomies and summaries put
        // their tables after it, so the rest of the processing fills that space instead of growing the heap.
        var afterInference = collect is null ? (Action<IModule>?)null : module => { if (module is InferMetadataModule) CompactTheHeap(); };
        // The published articles' repairs are counted as processing ends: the engine lets go of their documents before
        // the pages are written.
        TextRepairCounts? repairs = null;
        PipelineContext? context = null;
        context = new PipelineContext(diagnostics, services, cancellation)
        {
            // As the pages start to be written, the processed documents the engine let go and what rendering set up
            // beside them are garbage: compacted, the writing's output entries and links fill that space (the end of
            // the writing was 874 MB of RSS at 250,000 articles, 815 with it).
            OutputPlanned = files =>
            {
                plan.Writer.Plan(files);
                site.Output.Reserve(files);
                site.Links.Reserve(files);
                if (collect is not null) CompactIfLarge();
            },
            Processed = () =>
            {
                repairs = TextRepairCounts.Of(context!.ArticleDocuments().Select(d => d.Get<Article>(DocumentKeys.Article).Repairs));
                collect?.Invoke();
            },
            ModuleDone = afterInference,
            // Inside inference, the tag steps' tables (~100 MB at 250,000 articles) are garbage once the corpus steps are
            // done, and the records are made next, beside everything the reader made: the build's peak was there.
            StepDone = collect is null ? null : _ => CompactIfLarge(),
        };

        var results = await new PipelineEngine(SitePipelines.All()).RunAsync(context).ConfigureAwait(false);
        cancellation.ThrowIfCancellationRequested();
        // Undefined names are found while pages render: report them once every page has had its turn.
        diagnostics.AddRange(site.TemplateProblems);
        return new RunOutcome(results, repairs ?? TextRepairCounts.Of([]), context);
    }

    /// <summary>What indexing left: the outcome, its time, and whether the staging folder holds the whole site.</summary>
    private sealed record IndexOutcome(SearchIndexOutcome Outcome, TimeSpan Time, bool WholeSiteStaged);

    /// <summary>Index: the search index, once every page is written or kept, so it describes exactly the pages swapped in.</summary>
    private static async Task<IndexOutcome> IndexAsync(BuildPlan plan, RunOutcome run, DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        var site = plan.Site;
        var step = Stopwatch.StartNew();
        var search = await IndexSearchAsync(site, run.Results, plan.Output.StagingPath, diagnostics, cancellation).ConfigureAwait(false);
        var searchTime = step.Elapsed;
        // The strict check reads the whole site from staging: link the kept files in beside the written.
        var wholeSiteStaged = site.Options.Strict;
        if (wholeSiteStaged)
        {
            var staged = plan.Writer.Written.ToHashSet(StringComparer.Ordinal);
            plan.Output.LinkKept(site.Output.Entries.Keys.Where(p => !staged.Contains(p)));
        }
        return new IndexOutcome(search, searchTime, wholeSiteStaged);
    }

    /// <summary>Check: the links of the staged site (<see cref="CheckOutput"/>); returns how long it took.</summary>
    private static TimeSpan Check(BuildPlan plan, SearchIndexOutcome search, DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        var step = Stopwatch.StartNew();
        plan.Site.Options.Progress?.Report(plan.Writer.Progress(BuildStage.Checking));
        diagnostics.AddRange(CheckOutput(plan.Site, plan.Output.StagingPath, search, cancellation).Diagnostics);
        return step.Elapsed;
    }

    /// <summary>Commit: the staged site replaces the output (or the output is updated in place), then the cache is saved.</summary>
    private static BuildResult Commit(BuildPlan plan, RunFacts made, IndexOutcome search, TimeSpan checkTime, DiagnosticBag diagnostics, Stopwatch clock,
        CancellationToken cancellation)
    {
        var site = plan.Site;
        var options = site.Options;
        var output = plan.Output;
        var step = Stopwatch.StartNew();
        // The default link check does not stop for a cancellation: one that came during it still stops the swap.
        cancellation.ThrowIfCancellationRequested();
        // A page written this build carries its link ids already, and a kept one the ids it was seeded with; only a kept
        // page whose ids the recorder renumbered (a build without the last one's table) needs a new entry.
        var produced = site.Output.Entries;
        Dictionary<string, OutputEntry>? renumbered = null;
        foreach (var (path, entry) in produced)
            if (site.Links.IdsOf(path) is { } links && !(entry.Links is { } recorded && links.SameAs(recorded)))
                (renumbered ??= new Dictionary<string, OutputEntry>(produced, StringComparer.Ordinal))[path] = entry with { Links = links };
        var manifestFiles = (IReadOnlyDictionary<string, OutputEntry>?)renumbered ?? produced;
        if (search.WholeSiteStaged) output.Commit();
        else output.UpdateInPlace(manifestFiles.Keys);
        var commitTime = step.Elapsed;

        var (articles, repairs) = (made.Articles, made.Repairs);
        var sorted = diagnostics.Sorted();
        var failed = diagnostics.ErrorCount > 0 || (options.Strict && diagnostics.WarningCount > 0);
        step.Restart();
        if (!options.NoCache)
        {
            var result = new CachedResult(failed ? 1 : 0, articles, sorted, (int)search.Outcome.Status, search.Outcome.Message, search.Outcome.PagesIndexed) { Repairs = repairs };
            var manifest = new OutputManifest(output.Path, plan.BuildKey, manifestFiles, result, site.Links.HrefTable) { Folders = output.FolderStamps(manifestFiles.Keys) };
            SaveCache(plan, manifest);
        }
        var saveTime = step.Elapsed;
        return new BuildResult(failed ? 1 : 0, articles, plan.Writer.FilesWritten, sorted, clock.Elapsed)
        {
            Repairs = repairs,
            FilesUnchanged = site.Output.Kept,
            Search = search.Outcome,
            Previews = site.Previews,
            Timings =
            [
                new StepTiming("cache: load and hash inputs", plan.CacheTime), .. made.Timings, new StepTiming("search index", search.Time),
                new StepTiming("link check", checkTime), new StepTiming("update output", commitTime), new StepTiming("cache: save", saveTime),
            ],
        };
    }

    /// <summary>Leaves the cache for the next build: in the hand-off when the caller keeps one, else in the cache file.</summary>
    private static void SaveCache(BuildPlan plan, OutputManifest output)
    {
        if (plan.Site.Options.CacheHandOff is { } handOff) handOff.Keep(plan.Root, plan.AnalysisKey, plan.Cache, output);
        else
        {
            // Through a file, not in memory: a large archive's cache is gigabytes (a build spilled it already).
            plan.Cache.SpillArticles(plan.Root, plan.AnalysisKey);
            plan.Cache.Save(plan.Root, output);
        }
    }

    /// <summary>The heap (at the last collection) above which a compacting collection at the end of a build gives back enough to be worth its pause.</summary>
    private const long LargeHeap = 256L << 20;

    /// <summary>Compacts only a heap worth it: a one-edit build at 10,000 articles looked ~0.1 s slower with a collection more.</summary>
    private static void CompactIfLarge()
    {
        if (GC.GetGCMemoryInfo().HeapSizeBytes > LargeHeap) CompactTheHeap();
    }

    /// <summary>
    /// Once every article is read and inferred, the texts' evidence and the corpus steps' tables (more than half of
    /// what was live, a few kilobytes per article) are garbage, left scattered through the oldest generation, which
    /// the collector would rarely compact; everything rendering then keeps was placed after them and the heap kept
    /// growing. One compacting collection here packs what is still live, so the output phase fills the space they
    /// held. Cold, alternated: peak RSS 223 -> 195 MiB at 10,000 articles, 641 -> 508 MiB at 50,000; CPU within noise.
    /// The same after inference alone, where most of it becomes garbage: at 250,000 articles the heap went from 865 to
    /// 497 MB there and the end of processing from 1,074 to 783 MB of RSS.
    /// </summary>
    private static void CompactTheHeap()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>
    /// By default every link the build wrote is checked against the set of files it wrote (exact for our own links,
    /// and nearly free); under --strict the full AngleSharp pass also checks fragments, ids, headings and alt text.
    /// The full pass costs about as much as the build itself, which is why it is not the default.
    /// </summary>
    private static CheckReport CheckOutput(SiteContext site, string staging, SearchIndexOutcome search, CancellationToken cancellation)
    {
        var options = new CheckOptions { Strict = site.Options.Strict };
        if (site.Options.Strict) return SiteChecker.Check(staging, site.Settings.BaseUrl, options, cancellation);

        // Every file of the site, the search index's too, is an entry of the output.
        IEnumerable<string> written = site.Output.Entries.Keys;
        // Links into Pagefind's bundle only resolve once it has been written; when it was not, one warning or note
        // about search already says why, so those links are not reported again page by page.
        var bundle = site.Urls.Link($"/{PagefindIndexer.BundleFolder}/");
        Func<string, bool> skip = search.Status == SearchIndexStatus.Indexed ? _ => false : href => href.StartsWith(bundle, StringComparison.Ordinal);
        return LinkSetCheck.Check(written, site.Links, skip, site.Settings.BaseUrl, options);
    }

    /// <summary>
    /// Runs Pagefind when search is enabled and installed, over the articles and Markdown pages (what readers search;
    /// list pages only lead to them). Not installed is a note, not a warning (a build on a machine without Node.js is
    /// still a complete site); a Pagefind that fails or hangs is one warning.
    /// </summary>
    private static async Task<SearchIndexOutcome> IndexSearchAsync(SiteContext site, IReadOnlyDictionary<string, IReadOnlyList<Document>> results,
        string staging, DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        if (!site.Settings.Search.Enabled || !site.Options.SearchIndex) return SearchIndexOutcome.Disabled;
        if (site.PagefindExecutable is not { } executable) return new SearchIndexOutcome(SearchIndexStatus.Skipped, PagefindIndexer.NotInstalled);

        site.Options.Progress?.Report(site.Writer.Progress(BuildStage.IndexingSearch));
        var pages = new List<(string Path, DateOnly? Date, bool IfMarked)>();
        if (results.TryGetValue(Modules.Articles.ArchiveInputs.ArticlesPipeline, out var articles))
            foreach (var doc in articles)
                if (doc.Destination is { } destination)
                    pages.Add((destination, doc.Get<Article>(DocumentKeys.Article).Date, false));
        if (results.TryGetValue(PagesPipeline.PipelineName, out var markdown))
            foreach (var doc in markdown)
                if (doc.Destination is { } destination && doc.Source.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                    pages.Add((destination, null, true));
        var outcome = await new SearchIndexStep(site, staging, site.Cache.Output).BuildAsync(pages, executable, cancellation).ConfigureAwait(false);
        if (outcome.Status == SearchIndexStatus.Failed) diagnostics.Add(Diagnostic.Warning("pagefind", outcome.Message));
        return outcome;
    }

    /// <summary>
    /// Whether the output folder holds exactly the files the manifest lists, each with the stamp it recorded: no file
    /// the survey found besides them, and a stat of each, no file read. Anything added, removed or edited by hand since
    /// means a real build.
    /// </summary>
    private static bool OutputIsAsLeft(string outputFolder, OutputManifest manifest, OutputSurvey survey)
    {
        if (!Directory.Exists(outputFolder) || survey.Unlisted.Count > 0) return false;
        var intact = true;
        Parallel.ForEach(manifest.Files.Values, (entry, loop) =>
        {
            if (entry.IsIntactIn(outputFolder)) return;
            intact = false;
            loop.Stop();
        });
        return intact;
    }

    /// <summary>The diagnostic for an exception that means "fix the configuration", or null for anything else.</summary>
    private static Diagnostic? Fatal(Exception e) => e switch
    {
        ConfigurationException c => c.Diagnostic,
        TemplateException t => t.Diagnostic,
        SourceChangedException c => c.Diagnostic,
        PipelineConfigurationException p => Diagnostic.Error("(pipelines)", p.Message),
        // Parallel writers may fail on several pages at once; report the first in a stable order.
        AggregateException agg => agg.Flatten().InnerExceptions.Select(Fatal).OfType<Diagnostic>()
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).FirstOrDefault(),
        _ => null,
    };

    private static Theme LoadTheme(string root, BuildOptions options)
    {
        var layers = new List<IThemeLayer>();
        var siteTheme = Path.Combine(root, "theme");
        if (Directory.Exists(siteTheme)) layers.Add(new DirectoryThemeLayer(siteTheme, "theme"));
        if (options.DefaultTheme is not null) layers.Add(options.DefaultTheme);
        var theme = new Theme(layers);
        if (theme.Find("layouts/_base.sbn") is null)
            throw new ConfigurationException(Diagnostic.Error("theme/layouts/_base.sbn", "no theme has this layout; the site has no theme/ and no default theme was given"));
        return theme;
    }
}
