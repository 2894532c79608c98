using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

/// <summary>Template and asset names a theme gives (in an include, say) stay inside the theme.</summary>
public sealed class ThemePathsTests
{
    [Theory]
    [InlineData("partials/header.sbn", "partials/header.sbn")]
    [InlineData(@"partials\header.sbn", "partials/header.sbn")]
    [InlineData(" layouts/_base.sbn ", "layouts/_base.sbn")]
    [InlineData("partials/..header.sbn", "partials/..header.sbn")]
    public void A_name_inside_the_theme_is_kept_with_forward_slashes(string name, string expected) =>
        Assert.Equal(expected, ThemePaths.Normalize(name));

    [Theory]
    [InlineData("partials/../../etc/passwd")]
    [InlineData(@"..\secret.sbn")]
    [InlineData("partials/./header.sbn")]
    [InlineData("partials/..")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/x.sbn")]
    [InlineData("")]
    public void A_name_that_leaves_the_theme_is_refused(string name) =>
        Assert.Throws<ThemePathException>(() => ThemePaths.Normalize(name));
}
