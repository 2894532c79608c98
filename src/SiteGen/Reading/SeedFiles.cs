using SiteGen.Engine;

namespace SiteGen.Reading;

/// <summary>Finds the article files of a site, in ordinal order, refusing links that lead out of the site.</summary>
public static class SeedFiles
{
    public static IReadOnlyList<(string FullPath, string RelativePath)> List(string root, DiagnosticBag diagnostics)
    {
        var rootFull = Path.GetFullPath(root);
        var seeds = Path.Combine(rootFull, ReadArticlesModule.SeedsFolder);
        if (!Directory.Exists(seeds)) return [];

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.None, IgnoreInaccessible = true };
        var result = new List<(string, string)>();
        foreach (var full in Directory.EnumerateFiles(seeds, "*.txt", options))
        {
            var relative = Path.GetRelativePath(rootFull, full).Replace('\\', '/');
            var info = new FileInfo(full);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
                if (target is null || !target.StartsWith(rootFull + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    diagnostics.Add(Diagnostic.Error(relative, "is a link to a file outside the site; skipped"));
                    continue;
                }
            }
            result.Add((full, relative));
        }
        result.Sort((a, b) => string.CompareOrdinal(a.Item2, b.Item2));
        return result;
    }
}
