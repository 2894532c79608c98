using SiteGen.Checks;
using SiteGen.Engine;
using SiteGen.Model;

namespace SiteGen.Incremental;

/// <summary>
/// One file of the output as the build that wrote (or kept) it left it: its stamp, so a file someone changed or
/// deleted since is noticed; the hash of its bytes; the fingerprint of what it was rendered from; and, for a page,
/// its distinct links (numbers into the manifest's <see cref="OutputManifest.Hrefs"/>), so the link check covers pages
/// that are not rendered again.
/// </summary>
public sealed record OutputEntry(string Path, FileStamp Stamp, ContentHash Content, Hash128 Fingerprint, LinkIds? Links)
{
    /// <summary>Whether the file in <paramref name="outputFolder"/> still has the stamp this entry recorded.</summary>
    public bool IsIntactIn(string outputFolder)
    {
        var info = new FileInfo(System.IO.Path.Combine(outputFolder, Path));
        return info.Exists && info.Length == Stamp.Length && info.LastWriteTimeUtc.Ticks == Stamp.ModifiedTicks;
    }
}

/// <summary>Every file of an output folder after a build, and what a build with the same inputs needs to say again.</summary>
/// <param name="OutputFolder">The full path of the output folder the entries describe.</param>
/// <param name="BuildKey">Hash of every input and option; equal keys and intact files mean there is nothing to do.</param>
/// <param name="Result">What the build reported: replayed as it was when nothing changed.</param>
/// <param name="Hrefs">Every distinct href of every page; pages share most of theirs, so they refer to them by number.</param>
public sealed record OutputManifest(string OutputFolder, Hash128 BuildKey, IReadOnlyDictionary<string, OutputEntry> Files, CachedResult Result,
    IReadOnlyList<string> Hrefs)
{
    /// <summary>
    /// Every folder of the output (relative, "" for the output folder itself) with its stamp, so the next build can
    /// tell that no file was added by hand without listing thousands of folders (see <see cref="OutputSurvey"/>).
    /// Empty when unknown: the next build then lists the whole output.
    /// </summary>
    public IReadOnlyDictionary<string, FolderStamp> Folders { get; init; } = new Dictionary<string, FolderStamp>();
}

/// <summary>The part of a build's result a build with nothing to do reports again.</summary>
public sealed record CachedResult(int ExitCode, int Articles, IReadOnlyList<Diagnostic> Diagnostics, int SearchStatus, string SearchMessage, int SearchPages)
{
    /// <summary>The build's text repairs, said again when nothing changed.</summary>
    public TextRepairCounts Repairs { get; init; } = TextRepairCounts.None;
}
