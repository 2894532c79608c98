using SiteGen.Tests.Support;

namespace SiteGen.Tests.Hostile;

/// <summary>
/// One hostile input: what it writes into a <see cref="HostileSite"/>, the file a diagnostic must name, what that
/// diagnostic says (null: the input is hostile but not wrong, so no diagnostic names the file at all), and what the
/// built site must show for it.
/// </summary>
/// <param name="File">Relative to the site root, as diagnostics print it: <c>seeds/x.txt</c>.</param>
/// <param name="Severity"><c>warning</c> or <c>error</c>; an error makes the build exit 1.</param>
/// <param name="Message">A part of the diagnostic's message.</param>
public sealed record HostileCase(
    string Name,
    string File,
    Action<HostileSite> Write,
    string? Severity = null,
    string? Message = null,
    Action<BuiltSite>? Check = null)
{
    public int ExpectedExitCode => Severity == "error" ? 1 : 0;

    public override string ToString() => Name;
}
