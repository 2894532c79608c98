namespace SiteGen.Search;

/// <summary>
/// Finds the Pagefind executable for a site: the one named by <c>SITEGEN_PAGEFIND</c> (or the build options), else
/// <c>node_modules/.bin/pagefind</c> in the site root or the nearest folder above it that has one, the way Node
/// itself resolves packages, so a site inside a repository with its own <c>npm ci</c> finds the repository's.
/// </summary>
public static class PagefindLocator
{
    public const string EnvironmentVariable = "SITEGEN_PAGEFIND";

    /// <summary>Where <c>npm ci</c> puts the command, relative to the folder holding package.json.</summary>
    public static readonly string NodeModulesBin = Path.Combine("node_modules", ".bin", "pagefind");

    /// <param name="configured">An explicit path; returned as it is (made absolute) even if missing, so a typo is reported rather than ignored.</param>
    /// <returns>The executable, or null when none is installed.</returns>
    public static string? Find(string siteRoot, string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        for (var dir = new DirectoryInfo(Path.GetFullPath(siteRoot)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, NodeModulesBin);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
