using SiteGen.Inference;
using SiteGen.Model;
using SiteGen.Rendering;

namespace SiteGen.Incremental;

/// <summary>
/// Hands the build cache from one build to the next in memory, for a process that builds the same site again and
/// again (the dev server). Without it every build reads <c>.sitegen-cache/build.cache</c> (at 10,000 articles, 18 MB
/// decoded in ~150 ms) and writes it back (~100 ms), both on the way from a save in the editor to the browser's reload.
/// With it a build takes what the previous one left, exactly what it would have read back from the file, and the file
/// is written only when the owner calls <see cref="Save"/> (when it is idle, and when it stops), so the next run of
/// any command still finds it. The articles a build decoded are handed on too, so the next build decodes only those
/// whose files changed.
/// </summary>
/// <remarks>
/// What a build keeps here is never changed afterwards (the next build reads it and makes its own), so saving it
/// while the next build runs is safe. A build that fails keeps nothing, as it saves no file: the next one starts from
/// what the last good build left.
/// </remarks>
public sealed class BuildCacheHandOff
{
    private readonly Lock _gate = new();
    private readonly Lock _saving = new();
    private Snapshot? _last;
    // Whether the output folder is as the last kept build left it: set when a build keeps its cache, which it does only
    // after the update of the folder finished; taken back by the next build, so one that fails half-way through the
    // update (and keeps nothing) leaves the one after it to look at the folder again.
    private bool _outputAsLeft;
    private long _kept;
    private long _saved;

    /// <summary>What one build left for the next: the parts <see cref="BuildCache.Save"/> writes.</summary>
    private sealed record Snapshot(string Root, Hash128 AnalysisKey, IReadOnlyDictionary<string, SourceFileEntry> Articles,
        IReadOnlyDictionary<string, (ContentHash, AnalysedArticle)>? Decoded, OutputManifest? Output, (Hash128 Key, IReadOnlyList<int>[] Lists)? Related,
        Inference.Sections.SectionMemory? Sections, Inference.TagMemory? Tags, (Hash128 Key, IReadOnlyDictionary<string, KeptSummary> Views)? Summaries,
        IReadOnlyDictionary<string, SummarisedArticle>? Summarised, IReadOnlyDictionary<string, InferredArticle>? Inferred);

    // Where the builds of this process spill the analyses they make, rather than keep them on the heap for as long as
    // the process runs (~5 KB an article: 1.3 GB for a server started without a cache at 250,000 articles). One file
    // for a site and analysis key, each build appending to it: a file a build would stay open while any entry it made
    // is kept. A new key makes every analysis again, so it starts a new file, and the old one goes with its entries.
    private PayloadFile? _spill;
    private (string Root, Hash128 AnalysisKey) _spillFor;

    /// <summary>
    /// The cache the last build left, keeping only the parts whose keys match as <see cref="BuildCache.Load"/> does;
    /// read from the cache file when no build of this site and analysis key has left one here. What the build analyses
    /// goes to this process's payload file.
    /// </summary>
    public BuildCache Take(string root, Hash128 analysisKey, string outputFolder)
    {
        var cache = TakeCache(root, analysisKey, outputFolder);
        cache.Articles.SpillPayloadsTo(SpillFile(root, analysisKey));
        return cache;
    }

    private PayloadFile SpillFile(string root, Hash128 analysisKey)
    {
        lock (_gate)
        {
            if (_spill is null || _spillFor != (root, analysisKey))
                (_spill, _spillFor) = (new PayloadFile(Path.Combine(root, BuildCache.Folder)), (root, analysisKey));
            return _spill;
        }
    }

    private BuildCache TakeCache(string root, Hash128 analysisKey, string outputFolder)
    {
        Snapshot? last;
        bool outputAsLeft;
        lock (_gate)
        {
            last = _last;
            outputAsLeft = _outputAsLeft;
            _outputAsLeft = false;
        }
        if (last is null || last.Root != root || last.AnalysisKey != analysisKey) return BuildCache.Load(root, analysisKey, outputFolder, keepDecoded: true);
        var output = last.Output?.OutputFolder == outputFolder ? last.Output : null;
        return new BuildCache(BuildCache.ArticleCache(last.Articles, last.Decoded, keepDecoded: true), output)
        {
            Related = last.Related, Sections = last.Sections, Tags = last.Tags, OutputLeftByThisProcess = output is not null && outputAsLeft,
            Summaries = last.Summaries, Summarised = last.Summarised, Inferred = last.Inferred,
        };
    }

    private TemplateCache? _templates;

    /// <summary>
    /// The templates the last build parsed (all of them valid: a build stores them only once parsing succeeded); the
    /// next build parses again only the files that changed. Never written to the cache file.
    /// </summary>
    public TemplateCache? Templates
    {
        get => Volatile.Read(ref _templates);
        set => Volatile.Write(ref _templates, value);
    }

    /// <summary>Keeps what a finished build would have saved, for the next build and for <see cref="Save"/>.</summary>
    public void Keep(string root, Hash128 analysisKey, BuildCache cache, OutputManifest? output)
    {
        lock (_gate)
        {
            // A build that found nothing to do decoded nothing; what the build before it decoded with the same
            // analysis key is still good (each result is used only while its file's hash is the same).
            var decoded = cache.Articles.Decoded is { Count: > 0 } d ? d
                : _last is { } last && last.Root == root && last.AnalysisKey == analysisKey ? last.Decoded : null;
            _last = new Snapshot(root, analysisKey, cache.Articles.Current, decoded, output, cache.Related, cache.Sections, cache.Tags, cache.Summaries, cache.Summarised, cache.Inferred);
            _outputAsLeft = output is not null;
            _kept++;
        }
    }

    /// <summary>Writes the latest kept cache to the site's cache file, unless it is already there. Thread-safe.</summary>
    public void Save()
    {
        lock (_saving)
        {
            Snapshot? last;
            long kept;
            lock (_gate)
            {
                last = _last;
                kept = _kept;
            }
            if (last is null || kept == _saved) return;
            BuildCache.Save(last.Root, last.AnalysisKey, last.Articles, last.Output, last.Related, last.Sections, last.Tags);
            _saved = kept;
        }
    }
}
