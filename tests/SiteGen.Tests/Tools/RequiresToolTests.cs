namespace SiteGen.Tests.Tools;

/// <summary>The guard's two behaviours: skip on a developer machine, fail under CI.</summary>
public class RequiresToolTests
{
    [Fact]
    public void A_missing_tool_fails_the_test_under_ci()
    {
        var failure = Assert.ThrowsAny<Exception>(() => RequiresTool.Ensure("Alat Uji", "not on PATH", inCi: true));

        Assert.IsNotType<SkipException>(failure);
        Assert.Contains("Alat Uji is not installed: not on PATH", failure.Message);
        Assert.Contains("tests/tools/install.sh", failure.Message);
    }

    [Fact]
    public void A_missing_tool_skips_the_test_outside_ci()
    {
        var skip = Assert.Throws<SkipException>(() => RequiresTool.Ensure("Alat Uji", "not on PATH", inCi: false));

        Assert.Contains("Alat Uji is not installed: not on PATH", skip.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_installed_tool_neither_skips_nor_fails(bool inCi)
    {
        RequiresTool.Ensure("Alat Uji", missingReason: null, inCi);
    }
}
