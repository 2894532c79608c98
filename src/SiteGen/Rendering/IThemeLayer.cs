namespace SiteGen.Rendering;

/// <summary>One source of theme files: a site's own <c>theme/</c> folder, or the default theme embedded in the tool.</summary>
public interface IThemeLayer
{
    /// <summary>Shown in diagnostics, e.g. <c>theme/layouts/article.sbn</c> or <c>(default theme)/layouts/article.sbn</c>.</summary>
    string Describe(string relativePath);
    bool Exists(string relativePath);
    byte[] ReadBytes(string relativePath);
    /// <summary>Relative paths (forward slashes) of every file under a folder of the layer, in ordinal order.</summary>
    IEnumerable<string> Files(string folder);
}
