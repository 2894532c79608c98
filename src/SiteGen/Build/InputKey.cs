using SiteGen.Model;
using SiteGen.Modules.Articles;
using SiteGen.Reading;
using SiteGen.Site;

namespace SiteGen.Build;

/// <summary>
/// The key of a whole build (<see cref="OutputManifest.BuildKey"/>): every input and option, so equal keys mean a
/// build would write exactly what the output already holds. Seed files are hashed through the cache, which reads only
/// those whose stamp changed (and analyses them, which the build then needs anyway).
/// </summary>
public static class InputKey
{
    public static Hash128 Of(SiteContext site, Hash128 renderKey, Hash128 analysisKey, string outputFolder)
    {
        var f = new Fingerprint().Add(renderKey).Add(analysisKey).Add(outputFolder).Add(site.Options.Pagefind);
        // Another Pagefind (npm installed another version) writes another index, though nothing else changed.
        if (site.PagefindExecutable is { } pagefind) f.Add(Search.PagefindInstall.Of(pagefind).Identity);
        var seeds = site.Seeds.Files;
        foreach (var d in site.Seeds.Diagnostics) f.Add(d.ToString());
        var hashes = new Hash128[seeds.Count];
        Parallel.For(0, seeds.Count, i =>
        {
            try
            {
                hashes[i] = ReadArticlesModule.Analyse(site, seeds[i]).Hash.Value;
            }
            catch (IOException)
            {
                hashes[i] = default; // unreadable: the build reports it, and a key that differs from a readable file's is enough
            }
        });
        f.Add(seeds.Count);
        for (var i = 0; i < seeds.Count; i++) f.Add(seeds[i].RelativePath).Add(hashes[i]);
        AddFolder(f, site.Root, Path.Combine(site.Root, "input"));
        foreach (var name in MetadataTable.FileNames) AddFile(f, Path.Combine(site.Root, SeedFiles.Folder, name));
        return f.Value;
    }

    private static void AddFolder(Fingerprint f, string root, string folder)
    {
        if (!Directory.Exists(folder)) return;
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        var files = Directory.EnumerateFiles(folder, "*", options).Select(p => Path.GetRelativePath(root, p).Replace('\\', '/')).ToList();
        files.Sort(StringComparer.Ordinal);
        foreach (var file in files) AddFile(f, Path.Combine(root, file), file);
    }

    private static void AddFile(Fingerprint f, string path, string? name = null)
    {
        f.Add(name ?? path);
        try
        {
            f.Add(File.Exists(path) ? Fingerprint.OfBytes(File.ReadAllBytes(path)) : default);
        }
        catch (IOException)
        {
            f.Add(1);
        }
    }
}
