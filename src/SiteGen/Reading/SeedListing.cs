using SiteGen.Engine;

namespace SiteGen.Reading;

/// <summary>
/// The seed files of one build and what listing them reported (links refused, folders read twice). A build lists
/// them once: the build key and the reading of articles then see the same files, and walking 10,000 entries (with a
/// link check each) is not paid twice.
/// </summary>
public sealed record SeedListing(IReadOnlyList<(string FullPath, string RelativePath)> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static SeedListing Of(string root)
    {
        var diagnostics = new DiagnosticBag();
        var files = SeedFiles.List(root, diagnostics);
        return new SeedListing(files, diagnostics.Sorted());
    }
}
