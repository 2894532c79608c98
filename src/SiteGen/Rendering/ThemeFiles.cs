namespace SiteGen.Rendering;

/// <summary>Every file of a theme layer, for the build cache: a change to any of them may change any page.</summary>
public static class ThemeFiles
{
    /// <summary>The folders a theme has; a template can include only files inside the theme, and these hold them all.</summary>
    public static readonly string[] Folders = ["layouts", "partials", "assets", "static"];

    public static IEnumerable<string> All(IThemeLayer layer)
    {
        if (layer is DirectoryThemeLayer directory)
        {
            // Everything on disk, not only the known folders: an include may name any file in the theme.
            var files = new List<string>();
            if (Directory.Exists(directory.Folder))
                foreach (var f in Directory.EnumerateFiles(directory.Folder, "*", SearchOption.AllDirectories))
                    files.Add(Path.GetRelativePath(directory.Folder, f).Replace('\\', '/'));
            files.Sort(StringComparer.Ordinal);
            return files;
        }
        if (layer is EmbeddedThemeLayer embedded) return embedded.AllFiles;
        return Folders.SelectMany(layer.Files).ToList();
    }
}
