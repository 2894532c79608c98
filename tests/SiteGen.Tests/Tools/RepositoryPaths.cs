namespace SiteGen.Tests.Tools;

/// <summary>Where the repository and its pinned test tools are, found from the test binary so any working directory works.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    public static string Root => RootLazy.Value;

    /// <summary>tests/tools, where install.sh puts node_modules.</summary>
    public static string Tools => Path.Combine(Root, "tests", "tools");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No SiteGen.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The full path of an executable found on PATH, or null.</summary>
    public static string? OnPath(string executable)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, executable);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
