using System.IO.Enumeration;
using SiteGen.Checks;

namespace SiteGen.Incremental;

/// <summary>
/// What the output folder holds beyond the files the last build's manifest lists: files added by hand (or left by
/// anything else), which a clean build would not have and the update must delete.
/// </summary>
/// <remarks>
/// Listing every folder of the output costs what the update of one changed file should not: an archive of 10,000
/// articles has over 18,000 folders (one per article, day, month and year), and opening and reading each is most of
/// the time of an incremental update. A folder's modification time changes whenever an entry is added to or removed
/// from it, so the manifest records each folder's time (<see cref="OutputManifest.Folders"/>) and only folders whose
/// time changed, or whose recorded time is too recent to prove anything (<see cref="FolderStamp.Trusted"/>), are
/// read again. A new folder changes its parent's time, so a stray subtree is always found from the nearest known
/// folder. Without a manifest the whole folder is listed, as before. Files edited or deleted by hand keep being
/// found by their own stamps (<see cref="OutputEntry.IsIntactIn"/>).
/// </remarks>
public sealed class OutputSurvey
{
    private static readonly EnumerationOptions OneFolder = new() { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };

    private OutputSurvey(IReadOnlySet<string> unlisted, IReadOnlySet<string> listed, IReadOnlyDictionary<string, FolderStamp> verified)
    {
        Unlisted = unlisted;
        Listed = listed;
        Verified = verified;
    }

    /// <summary>A survey that verified nothing: every folder's stamp is taken again (after the output was replaced whole).</summary>
    public static OutputSurvey Nothing { get; } = new(new HashSet<string>(), new HashSet<string>(), new Dictionary<string, FolderStamp>());

    /// <summary>Files in the output the manifest does not list (relative, forward slashes), the marker file aside.</summary>
    public IReadOnlySet<string> Unlisted { get; }

    /// <summary>The files the manifest lists, whether or not they are still there.</summary>
    public IReadOnlySet<string> Listed { get; }

    /// <summary>Folders whose recorded stamp was trusted and is unchanged: their entries are the ones the manifest knows.</summary>
    public IReadOnlyDictionary<string, FolderStamp> Verified { get; }

    /// <summary>
    /// What a survey would find in a folder known to be exactly as <paramref name="manifest"/> describes it (left so by
    /// the previous build of this process, see <see cref="BuildCache.OutputLeftByThisProcess"/>): its files, nothing
    /// besides, every folder as recorded. Nothing is read.
    /// </summary>
    public static OutputSurvey AsLeft(OutputManifest manifest) =>
        new(new HashSet<string>(), new HashSet<string>(manifest.Files.Keys, StringComparer.Ordinal), manifest.Folders);

    /// <summary>Surveys <paramref name="outputFolder"/> against the manifest the last build left for it, if any.</summary>
    public static OutputSurvey Take(string outputFolder, OutputManifest? manifest)
    {
        var unlisted = new HashSet<string>(StringComparer.Ordinal);
        var listed = new HashSet<string>(manifest?.Files.Keys ?? [], StringComparer.Ordinal);
        var verified = new Dictionary<string, FolderStamp>(StringComparer.Ordinal);
        if (!Directory.Exists(outputFolder)) return new OutputSurvey(unlisted, listed, verified);
        var folders = manifest?.Folders ?? new Dictionary<string, FolderStamp>();
        if (folders.Count == 0)
        {
            AddAllFiles(outputFolder, "", listed, unlisted);
            return new OutputSurvey(unlisted, listed, verified);
        }
        // One stat per folder, on every core: thousands of them, and nothing else to do until they are known.
        var known = folders.ToArray();
        var now = new long[known.Length];
        Parallel.For(0, known.Length, i => now[i] = known[i].Value.Trusted ? FolderStamp.Of(Combine(outputFolder, known[i].Key)).ModifiedTicks : 0);
        for (var i = 0; i < known.Length; i++)
        {
            var (relative, recorded) = known[i];
            var full = Combine(outputFolder, relative);
            if (recorded.Trusted && now[i] == recorded.ModifiedTicks)
            {
                verified[relative] = recorded;
                continue;
            }
            if (!Directory.Exists(full)) continue; // gone with everything in it: its files are missing, not extra
            foreach (var (name, isFolder) in Entries(full))
            {
                var path = relative.Length == 0 ? name : relative + "/" + name;
                if (isFolder)
                {
                    if (!folders.ContainsKey(path)) AddAllFiles(outputFolder, path, listed, unlisted);
                }
                else if (!listed.Contains(path) && path != OutputFolder.MarkerFile) unlisted.Add(path);
            }
        }
        return new OutputSurvey(unlisted, listed, verified);
    }

    /// <summary>
    /// The stamps of the folders that hold <paramref name="files"/> after the update: kept from the survey for folders
    /// it verified and the update did not touch, taken again for the rest.
    /// </summary>
    public IReadOnlyDictionary<string, FolderStamp> FolderStamps(string outputFolder, IEnumerable<string> files, IReadOnlySet<string> touched)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal) { "" };
        var known = folders.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var file in files)
            // Up from the file's folder until one already known: most files share their folders, so most stop at once.
            for (var slash = file.LastIndexOf('/'); slash > 0 && !known.Contains(file.AsSpan(0, slash)); slash = file.LastIndexOf('/', slash - 1))
                folders.Add(file[..slash]);
        var stamps = new Dictionary<string, FolderStamp>(folders.Count, StringComparer.Ordinal);
        foreach (var folder in folders)
            stamps[folder] = !touched.Contains(folder) && Verified.TryGetValue(folder, out var kept) ? kept : FolderStamp.Of(Combine(outputFolder, folder));
        return stamps;
    }

    /// <summary>The folder of <paramref name="file"/> and every folder above it, "" (the output folder) last.</summary>
    public static IEnumerable<string> FoldersAbove(string file)
    {
        for (var slash = file.LastIndexOf('/'); slash > 0; slash = file.LastIndexOf('/', slash - 1)) yield return file[..slash];
        yield return "";
    }

    private static IEnumerable<(string Name, bool IsFolder)> Entries(string folder) =>
        new FileSystemEnumerable<(string, bool)>(folder, (ref FileSystemEntry e) => (e.FileName.ToString(), e.IsDirectory), OneFolder);

    private static void AddAllFiles(string outputFolder, string relative, IReadOnlySet<string> listed, HashSet<string> unlisted)
    {
        foreach (var file in OutputIndex.ListFiles(Combine(outputFolder, relative)))
        {
            var path = relative.Length == 0 ? file : relative + "/" + file;
            if (!listed.Contains(path) && path != OutputFolder.MarkerFile) unlisted.Add(path);
        }
    }

    private static string Combine(string outputFolder, string relative) => relative.Length == 0 ? outputFolder : Path.Combine(outputFolder, relative);
}
