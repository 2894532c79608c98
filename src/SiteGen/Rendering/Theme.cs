using System.Text;

namespace SiteGen.Rendering;

/// <summary>
/// Theme layers, searched in order: the site's own <c>theme/</c> first, then the default theme,
/// so a site overrides the default file by file.
/// </summary>
public sealed class Theme(IReadOnlyList<IThemeLayer> layers)
{
    public IReadOnlyList<IThemeLayer> Layers { get; } = layers;

    public IThemeLayer? Find(string relativePath)
    {
        foreach (var layer in Layers)
            if (layer.Exists(relativePath)) return layer;
        return null;
    }

    public string ReadText(string relativePath)
    {
        var layer = Find(relativePath) ?? throw new FileNotFoundException($"theme file '{relativePath}' is in no theme layer");
        return Encoding.UTF8.GetString(layer.ReadBytes(relativePath)).TrimStart('\uFEFF');
    }

    public string Describe(string relativePath) => (Find(relativePath) ?? Layers[0]).Describe(relativePath);

    /// <summary>Every file under a folder across all layers, the first layer winning, in ordinal order.</summary>
    public IReadOnlyList<(string Path, IThemeLayer Layer)> Files(string folder)
    {
        var seen = new SortedDictionary<string, IThemeLayer>(StringComparer.Ordinal);
        foreach (var layer in Layers)
            foreach (var file in layer.Files(folder))
                seen.TryAdd(file, layer);
        return seen.Select(kv => (kv.Key, kv.Value)).ToList();
    }
}
