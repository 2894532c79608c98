using SiteGen.Incremental;
using SiteGen.Model;
using SiteGen.Search;

namespace SiteGen.Build;

/// <summary>One shard's index files as the last build left them in <c>pagefind/{Folder}/</c> ("" for <c>pagefind/</c> itself).</summary>
internal sealed record PreviousSearchBundle(string Folder, IReadOnlyList<OutputEntry> Files)
{
    private string Prefix => Folder.Length == 0 ? $"{SearchIndexStep.BundleFolder}/" : $"{SearchIndexStep.BundleFolder}/{Folder}/";

    /// <summary>A file's path inside the bundle, e.g. <c>index/id_1234567.pf_index</c>.</summary>
    public string InnerPath(string path) => path[Prefix.Length..];
}

/// <summary>
/// The search index files the last build's manifest lists, sorted into bundles by folder, so an unchanged shard can be
/// found by the fingerprint its entry file was recorded with, wherever it was.
/// </summary>
internal sealed class PreviousSearchBundles
{
    private readonly Dictionary<string, List<OutputEntry>> _folders = new(StringComparer.Ordinal);
    private readonly Dictionary<Hash128, string> _byEntryFingerprint = [];
    private readonly List<OutputEntry> _assets = [];
    private readonly IncrementalOutput _output;

    private PreviousSearchBundles(IncrementalOutput output) => _output = output;

    public static PreviousSearchBundles Of(OutputManifest? manifest, IncrementalOutput output)
    {
        var bundles = new PreviousSearchBundles(output);
        if (manifest is null) return bundles;
        var prefix = SearchIndexStep.BundleFolder + "/";
        foreach (var (path, entry) in manifest.Files)
        {
            if (!path.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var rel = path[prefix.Length..];
            if (rel == SearchIndexStep.ShardList) continue;
            var slash = rel.IndexOf('/');
            var first = slash < 0 ? "" : rel[..slash];
            var (folder, inner) = slash < 0 || first is "index" or "filter" or "fragment" ? ("", rel) : (first, rel[(slash + 1)..]);
            if (!SearchIndexStep.IsIndexFile(inner))
            {
                if (folder.Length == 0) bundles._assets.Add(entry);
                continue;
            }
            if (!bundles._folders.TryGetValue(folder, out var files)) bundles._folders[folder] = files = [];
            files.Add(entry);
            if (inner == PagefindIndexer.EntryFile) bundles._byEntryFingerprint[entry.Fingerprint] = folder;
        }
        return bundles;
    }

    /// <summary>The bundle the last build wrote for the shard with this fingerprint, when every file of it is still intact.</summary>
    public PreviousSearchBundle? Find(Hash128 shard, string outputFolder)
    {
        var expected = _output.Recorded(SearchIndexStep.FileFingerprint(shard, PagefindIndexer.EntryFile));
        if (!_byEntryFingerprint.TryGetValue(expected, out var folder)) return null;
        var bundle = new PreviousSearchBundle(folder, _folders[folder]);
        foreach (var file in bundle.Files)
        {
            if (file.Fingerprint != _output.Recorded(SearchIndexStep.FileFingerprint(shard, bundle.InnerPath(file.Path)))) return null;
            if (!file.IsIntactIn(outputFolder)) return null;
        }
        return bundle;
    }

    /// <summary>The UI's files (scripts, styles, WebAssembly) the last build left, when this Pagefind wrote them and they are intact.</summary>
    public IReadOnlyList<OutputEntry>? Assets(Hash128 install, string outputFolder)
    {
        if (_assets.Count == 0) return null;
        foreach (var asset in _assets)
        {
            var inner = asset.Path[(SearchIndexStep.BundleFolder.Length + 1)..];
            if (asset.Fingerprint != _output.Recorded(SearchIndexStep.AssetFingerprint(install, inner)) || !asset.IsIntactIn(outputFolder)) return null;
        }
        return _assets;
    }
}
