namespace SiteGen.Cli.Commands;

/// <summary>
/// The files <c>sitegen new</c> writes, embedded in the tool under <c>scaffold/</c>. Files whose names start with a
/// dot are stored without it (<c>gitignore</c>), as <c>dotnet new</c> templates do, so build tools never treat
/// them as the tool's own.
/// </summary>
public static class SiteScaffold
{
    private const string Prefix = "scaffold/";
    private static readonly Dictionary<string, string> DotFiles = new(StringComparer.Ordinal) { ["gitignore"] = ".gitignore" };

    /// <summary>Relative path (forward slashes) to the resource that holds it, in a stable order.</summary>
    public static IReadOnlyList<(string Path, string Resource)> Files { get; } = typeof(SiteScaffold).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => (Path: Rename(n[Prefix.Length..].Replace('\\', '/')), Resource: n))
        .OrderBy(f => f.Path, StringComparer.Ordinal)
        .ToList();

    /// <summary>Writes every scaffold file under <paramref name="folder"/>, which must exist and be empty.</summary>
    public static void WriteTo(string folder)
    {
        foreach (var (path, resource) in Files)
        {
            var target = System.IO.Path.Combine(folder, path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            using var source = typeof(SiteScaffold).Assembly.GetManifestResourceStream(resource)!;
            using var destination = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
            source.CopyTo(destination);
        }
    }

    private static string Rename(string path)
    {
        var slash = path.LastIndexOf('/');
        var name = path[(slash + 1)..];
        return DotFiles.TryGetValue(name, out var dotted) ? path[..(slash + 1)] + dotted : path;
    }
}
