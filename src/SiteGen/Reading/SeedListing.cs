using SiteGen.Engine;

namespace SiteGen.Reading;

/// <summary>
/// The seed files of one build and what listing them reported (<see cref="SeedFiles.List"/>). The build key and the
/// reader both need the list; listing once per build spares a second walk of 10,000 files and keeps the two in step.
/// </summary>
public sealed record SeedListing(IReadOnlyList<SeedFiles.SeedFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static SeedListing Of(string root)
    {
        var diagnostics = new DiagnosticBag();
        var files = SeedFiles.List(root, diagnostics);
        return new SeedListing(files, diagnostics.Sorted());
    }
}
