using SiteGen.Rendering;

namespace SiteGen.Cli.Commands;

/// <summary>The default theme embedded in this tool, used wherever a site's own theme/ has no file.</summary>
public static class DefaultTheme
{
    public static IThemeLayer Layer { get; } = new EmbeddedThemeLayer(typeof(DefaultTheme).Assembly);
}
