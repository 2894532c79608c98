using SiteGen.Model;
using SiteGen.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary><c>text.repair</c> in site.yml: on by default, off at once, off one by one, and a misspelt repair is an error.</summary>
public class TextRepairSettingsTests
{
    private static SiteSettings Load(string yaml)
    {
        using var site = TempSite.Empty();
        site.Settings(yaml);
        return SiteSettingsLoader.Load(site.Root, null);
    }

    [Fact]
    public void EveryRepairIsOnByDefault() => Assert.Equal(TextRepairs.All, Load("title: Arsip").Text.Repair);

    [Fact]
    public void FalseTurnsThemAllOff() => Assert.Equal(TextRepairs.None, Load("text:\n  repair: false").Text.Repair);

    [Fact]
    public void AMappingTurnsSingleRepairsOff() =>
        Assert.Equal(TextRepairs.All & ~TextRepairs.Teaser & ~TextRepairs.Debris,
            Load("text:\n  repair: { teaser: false, debris: false, mojibake: true }").Text.Repair);

    [Fact]
    public void YamlsOtherSpellingsOfABooleanWork() =>
        Assert.Equal(TextRepairs.All & ~TextRepairs.Teaser, Load("text:\n  repair: { teaser: no, debris: yes }").Text.Repair);

    [Fact]
    public void TheBundledSettingsSayRepairsAreOn() => Assert.Equal(TextRepairs.All, SiteSettingsLoader.Load(RepoPaths.Root, null).Text.Repair);

    [Theory]
    [InlineData("text:\n  repair: { teasers: false }", "unknown repair 'teasers' in text.repair — did you mean 'teaser'?")]
    [InlineData("text:\n  repair: { spelling: false }", "unknown repair 'spelling' in text.repair; the repairs are mojibake, invisible, teaser, dateline, debris")]
    [InlineData("text:\n  repair: { teaser: sometimes }", "text.repair.teaser must be true or false, got \"sometimes\"")]
    [InlineData("text:\n  repair: maybe", "text.repair must be true, false or a group such as 'teaser: false', got \"maybe\"")]
    [InlineData("text:\n  repair: [teaser]", "text.repair must be true, false or a group such as 'teaser: false', got a list")]
    [InlineData("text:\n  repairs: false", "unknown setting 'repairs' in text — did you mean 'repair'?")]
    public void AMistakeIsAConfigurationErrorThatSaysWhatIsAllowed(string yaml, string message)
    {
        var e = Assert.Throws<ConfigurationException>(() => Load(yaml));
        Assert.Equal("input/site.yml", e.Diagnostic.File);
        Assert.Contains(message, e.Diagnostic.Message, StringComparison.Ordinal);
    }
}
