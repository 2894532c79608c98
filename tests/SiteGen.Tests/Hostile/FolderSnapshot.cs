using System.Security.Cryptography;

namespace SiteGen.Tests.Hostile;

/// <summary>
/// Every entry under a folder, links included but never followed: a file by the hash of its bytes, a folder as a
/// folder, a link by its target. Two snapshots of the same folder are equal when nothing in it was added, removed,
/// changed or re-pointed.
/// </summary>
public sealed record FolderSnapshot(IReadOnlyDictionary<string, string> Entries)
{
    /// <param name="skip">Relative paths (forward slashes) left out with everything under them.</param>
    public static FolderSnapshot Take(string folder, params string[] skip)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.TryPop(out var current))
        {
            foreach (var entry in new DirectoryInfo(current).EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 }))
            {
                var relative = Path.GetRelativePath(folder, entry.FullName).Replace('\\', '/');
                if (skip.Contains(relative)) continue;
                if (entry.LinkTarget is { } target) entries[relative] = "link -> " + target;
                else if (entry is DirectoryInfo)
                {
                    entries[relative] = "folder";
                    pending.Push(entry.FullName);
                }
                else entries[relative] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName)));
            }
        }
        return new FolderSnapshot(entries);
    }

    /// <summary>What differs from <paramref name="earlier"/>, one line per entry; empty when nothing does.</summary>
    public IReadOnlyList<string> ChangesSince(FolderSnapshot earlier)
    {
        var changes = new List<string>();
        foreach (var (path, was) in earlier.Entries)
        {
            if (!Entries.TryGetValue(path, out var now)) changes.Add($"removed: {path}");
            else if (now != was) changes.Add($"changed: {path}");
        }
        foreach (var path in Entries.Keys)
            if (!earlier.Entries.ContainsKey(path)) changes.Add($"added: {path}");
        return changes;
    }
}
