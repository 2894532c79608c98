using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SiteGen.Incremental;
using SiteGen.Model;
using SiteGen.Search;
using SiteGen.Site;

namespace SiteGen.Build;

/// <summary>
/// The search index as Pagefind bundles, one per <see cref="SearchShards">shard</see> of the pages, which the search
/// page merges in the browser (Pagefind's <c>mergeIndex</c>). Only shards whose pages changed are indexed again; the
/// others keep the files they have, so an edit costs one Pagefind run over a couple of thousand pages at most, and no
/// Pagefind process holds more than one shard.
/// </summary>
/// <remarks>
/// <para>Layout in the output: <c>pagefind/</c> is the first shard's bundle as Pagefind writes it (its index, and the
/// scripts, styles and WebAssembly of the search UI), so <c>pagefind/pagefind.js</c> and the UI work as before; every
/// other shard's index files (<c>pagefind-entry.json</c>, the <c>.pf_meta</c>, <c>index/</c>, <c>filter/</c>,
/// <c>fragment/</c>) are in <c>pagefind/{shard}/</c>, and <c>pagefind/shards.json</c> lists those folders for the
/// search page to merge.</para>
/// <para>Each file is recorded in the manifest with a fingerprint made from its shard's (for the UI files, from the
/// Pagefind version): the next build finds an unchanged shard's files by the fingerprint of its entry file, checks
/// they are intact, and keeps them (or copies them, when the shard moved between the first place and a folder of
/// its own). A shard is indexed by Pagefind in a folder of its own holding hard links to its pages only.</para>
/// </remarks>
public sealed class SearchIndexStep(SiteContext site, string stagingFolder, OutputManifest? previous)
{
    public const string BundleFolder = PagefindIndexer.BundleFolder;
    public const string ShardList = "shards.json";
    private const string EntryFile = PagefindIndexer.EntryFile;
    private const string WorkFolder = ".sitegen-search";

    /// <summary>The attribute that tells Pagefind which part of a page to index; a run that meets it on any page indexes only such pages.</summary>
    private static readonly byte[] BodyMarker = "data-pagefind-body"u8.ToArray();

    /// <summary>Indexes what changed and records every file of the search index in the output.</summary>
    /// <param name="pages">
    /// The pages to index, each with its date; <c>IfMarked</c> pages only when their template marks what to index
    /// (<c>data-pagefind-body</c>). Pagefind decides per run: a shard of Markdown pages alone, unmarked, would have
    /// their navigation indexed, where the whole site in one run ignored them because the articles are marked.
    /// </param>
    public async Task<SearchIndexOutcome> BuildAsync(IReadOnlyList<(string Path, DateOnly? Date, bool IfMarked)> pages, string executable, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var install = PagefindInstall.Of(executable);
        var entries = site.Output.Entries;
        var indexed = new List<SearchPage>(pages.Count);
        foreach (var (path, date, ifMarked) in pages)
            if (entries.TryGetValue(path, out var entry) && (!ifMarked || IsMarked(path)))
                indexed.Add(new SearchPage(path, date, entry.Content));
        var shards = SearchShards.Plan(indexed, site.Settings.Search.ShardSize, install.Identity);
        if (shards.Count == 0) return new SearchIndexOutcome(SearchIndexStatus.Skipped, "search index skipped: the site has no articles to index");

        var before = PreviousSearchBundles.Of(previous, site.Output);
        var plans = new List<ShardPlan>(shards.Count);
        for (var i = 0; i < shards.Count; i++)
        {
            var shard = shards[i];
            var folder = i == 0 ? "" : shard.Name;
            var reusable = before.Find(shard.Fingerprint, site.Output.OutputFolder);
            plans.Add(new ShardPlan(shard, folder, reusable));
        }
        var assets = before.Assets(install.Identity, site.Output.OutputFolder);
        // The UI's files come with any Pagefind run; when none runs and they are not intact, the first shard gives them.
        if (assets is null && plans.All(p => p.Reuse is not null)) plans[0] = plans[0] with { Reuse = null };

        var work = Path.Combine(stagingFolder, WorkFolder);
        try
        {
            var toIndex = plans.Where(p => p.Reuse is null).ToList();
            if (await IndexAsync(toIndex, work, install.Program, cancellation).ConfigureAwait(false) is { } failure) return failure;

            var pageCount = 0;
            var assetsWritten = false;
            foreach (var plan in plans)
            {
                if (plan.Reuse is { } from)
                {
                    Reuse(plan, from);
                    pageCount += PagesIn(Path.Combine(site.Output.OutputFolder, BundleFolder, from.Folder, EntryFile));
                    continue;
                }
                var bundle = Path.Combine(work, plan.Shard.Name, BundleFolder);
                pageCount += PagesIn(Path.Combine(bundle, EntryFile));
                foreach (var file in Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories))
                {
                    var inner = Path.GetRelativePath(bundle, file).Replace('\\', '/');
                    if (IsIndexFile(inner)) Write(Join(plan.Folder, inner), File.ReadAllBytes(file), FileFingerprint(plan.Shard.Fingerprint, inner));
                    else if (!assetsWritten) Write(Join("", inner), File.ReadAllBytes(file), AssetFingerprint(install.Identity, inner));
                }
                assetsWritten = true;
            }
            if (!assetsWritten)
                foreach (var asset in assets!)
                    if (!site.Output.TryKeep(asset.Path, AssetFingerprint(install.Identity, Inner(asset.Path)), out _))
                        throw new IOException($"{asset.Path} changed while the build ran");
            Write(Join("", ShardList), ShardListJson(plans), default);

            var seconds = clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            var shardsText = shards.Count == 1 ? "" : $" in {shards.Count} shards ({toIndex.Count} indexed again)";
            return new SearchIndexOutcome(SearchIndexStatus.Indexed, $"search index: {pageCount} pages indexed by Pagefind{shardsText} in {seconds} s", pageCount)
            {
                Shards = shards.Count,
                ShardsIndexed = toIndex.Count,
            };
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    private sealed record ShardPlan(SearchShard Shard, string Folder, PreviousSearchBundle? Reuse);

    /// <summary>
    /// Pagefind over each shard that needs it, as many at a time as there are cores: a run spends much of its time on
    /// one thread (reading, tokenising, writing its files), so two runs keep two cores busy where one leaves one idle.
    /// Returns the failure of the first shard (in order) that failed, or null when every run indexed its shard.
    /// </summary>
    private async Task<SearchIndexOutcome?> IndexAsync(IReadOnlyList<ShardPlan> plans, string work, string executable, CancellationToken cancellation)
    {
        if (plans.Count == 0) return null;
        var indexer = new PagefindIndexer(executable, PagefindIndexer.DefaultTimeout);
        var outcomes = new SearchIndexOutcome?[plans.Count];
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = stop.Token };
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, plans.Count), options, async (i, token) =>
            {
                var folder = Path.Combine(work, plans[i].Shard.Name);
                LinkPages(plans[i].Shard, folder);
                var outcome = await indexer.IndexAsync(folder, token).ConfigureAwait(false);
                outcomes[i] = outcome;
                // One failed shard fails the whole index: the other runs are not worth waiting for.
                if (outcome.Status != SearchIndexStatus.Indexed) await stop.CancelAsync().ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            // Stopped because a shard failed; that shard's outcome says why.
        }
        cancellation.ThrowIfCancellationRequested();
        return outcomes.FirstOrDefault(o => o is not null && o.Status != SearchIndexStatus.Indexed);
    }

    private bool IsMarked(string path) => File.ReadAllBytes(SourceOf(path)).AsSpan().IndexOf(BodyMarker) >= 0;

    /// <summary>Where a page is now: in staging when this build wrote it, else in the output.</summary>
    private string SourceOf(string path)
    {
        var staged = Path.Combine(stagingFolder, path);
        return File.Exists(staged) ? staged : Path.Combine(site.Output.OutputFolder, path);
    }

    /// <summary>Hard links to the shard's pages, at their paths: from staging when this build wrote them, else from the output.</summary>
    private void LinkPages(SearchShard shard, string folder)
    {
        foreach (var page in shard.Pages)
        {
            var link = Path.Combine(folder, page.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(link)!);
            HardLink.CreateOrCopy(SourceOf(page.Path), link);
        }
    }

    /// <summary>Keeps an unchanged shard's files where they are, or copies them from where the last build put them.</summary>
    private void Reuse(ShardPlan plan, PreviousSearchBundle from)
    {
        foreach (var entry in from.Files)
        {
            var inner = from.InnerPath(entry.Path);
            var fingerprint = FileFingerprint(plan.Shard.Fingerprint, inner);
            var destination = Join(plan.Folder, inner);
            if (destination == entry.Path && site.Output.TryKeep(destination, fingerprint, out _)) continue;
            Write(destination, File.ReadAllBytes(Path.Combine(site.Output.OutputFolder, entry.Path)), fingerprint);
        }
    }

    private void Write(string destination, byte[] bytes, Hash128 fingerprint) => site.Output.Write(destination, bytes, fingerprint);

    private static string Join(string folder, string inner) => folder.Length == 0 ? $"{BundleFolder}/{inner}" : $"{BundleFolder}/{folder}/{inner}";

    private static string Inner(string path) => path[(BundleFolder.Length + 1)..];

    /// <summary>The files that make up one shard's index; everything else Pagefind writes is the same for every shard.</summary>
    internal static bool IsIndexFile(string inner) =>
        inner == EntryFile || (inner.EndsWith(".pf_meta", StringComparison.Ordinal) && !inner.Contains('/'))
        || inner.StartsWith("index/", StringComparison.Ordinal) || inner.StartsWith("filter/", StringComparison.Ordinal)
        || inner.StartsWith("fragment/", StringComparison.Ordinal);

    internal static Hash128 FileFingerprint(Hash128 shard, string inner) => new Fingerprint().Add("search-file").Add(shard).Add(inner).Value;

    internal static Hash128 AssetFingerprint(Hash128 install, string inner) => new Fingerprint().Add("search-asset").Add(install).Add(inner).Value;

    /// <summary>What the search page merges: every shard's folder but the first, relative to <c>pagefind/</c>.</summary>
    private static byte[] ShardListJson(IReadOnlyList<ShardPlan> plans)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            json.WriteStartObject();
            json.WriteStartArray("merge");
            foreach (var plan in plans)
                if (plan.Folder.Length > 0) json.WriteStringValue(plan.Folder + "/");
            json.WriteEndArray();
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static int PagesIn(string entryFile) => PagefindIndexer.PagesIndexed(entryFile) ?? 0;
}
