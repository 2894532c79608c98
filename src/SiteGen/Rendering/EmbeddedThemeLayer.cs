using System.Reflection;

namespace SiteGen.Rendering;

/// <summary>The default theme carried inside an assembly as resources named <c>theme/relative/path</c>.</summary>
public sealed class EmbeddedThemeLayer : IThemeLayer
{
    private const string Prefix = "theme/";
    private readonly Assembly _assembly;
    private readonly SortedSet<string> _files;

    public EmbeddedThemeLayer(Assembly assembly)
    {
        _assembly = assembly;
        _files = new SortedSet<string>(
            assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Select(n => n[Prefix.Length..]),
            StringComparer.Ordinal);
    }

    public bool IsEmpty => _files.Count == 0;

    /// <summary>Every file of the theme, in ordinal order.</summary>
    public IReadOnlyCollection<string> AllFiles => _files;

    public string Describe(string relativePath) => $"(default theme)/{relativePath}";

    public bool Exists(string relativePath) => _files.Contains(ThemePaths.Normalize(relativePath));

    public byte[] ReadBytes(string relativePath)
    {
        using var stream = _assembly.GetManifestResourceStream(Prefix + ThemePaths.Normalize(relativePath))
            ?? throw new FileNotFoundException(Describe(relativePath));
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    public IEnumerable<string> Files(string folder)
    {
        var prefix = ThemePaths.Normalize(folder).TrimEnd('/') + "/";
        return _files.Where(f => f.StartsWith(prefix, StringComparison.Ordinal)).ToList();
    }
}
