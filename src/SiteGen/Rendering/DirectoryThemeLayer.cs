namespace SiteGen.Rendering;

/// <summary>Theme files from a folder on disk. Paths are relative and already checked by <see cref="ThemePaths"/>.</summary>
public sealed class DirectoryThemeLayer(string folder, string displayPrefix) : IThemeLayer
{
    public string Folder { get; } = Path.GetFullPath(folder);

    public string Describe(string relativePath) => $"{displayPrefix}/{relativePath}";

    public bool Exists(string relativePath) => File.Exists(Full(relativePath));

    public byte[] ReadBytes(string relativePath) => File.ReadAllBytes(Full(relativePath));

    public IEnumerable<string> Files(string folder)
    {
        var dir = Full(folder);
        if (!Directory.Exists(dir)) return [];
        return Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Where(f => !IsSymlinkOutside(f))
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }

    private string Full(string relativePath) => Path.Combine(Folder, ThemePaths.Normalize(relativePath));

    // A theme file that is a link out of the theme folder could leak any file on the machine into the site.
    private bool IsSymlinkOutside(string file)
    {
        var info = new FileInfo(file);
        if (info.LinkTarget is null) return false;
        var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        return target is null || !target.StartsWith(Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
