namespace SiteGen.Tests.Support;

/// <summary>Finds the repository (for the bundled theme, input and seeds) and the optional shared corpus beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");
    public static string Input => Path.Combine(Root, "input");
    public static string Seeds => Path.Combine(Root, "seeds");
    public static string SeedArticle => Path.Combine(Seeds, "000_bba47c1f16d6e6cf.txt");

    /// <summary>tests/tools, where install.sh puts the pinned npm validators.</summary>
    public static string Tools => Path.Combine(Root, "tests", "tools");

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

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }
}
