namespace SiteGen.Tests.Support;

/// <summary>
/// Tests that build the CLI in Release (build.sh's `dotnet run -c Release`, `dotnet pack`) or use the repository's
/// node_modules, which build.sh may reinstall: they share obj/ and bin/ folders, so they run one at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReleaseBuildCollection
{
    public const string Name = "Release builds of the CLI";
}
