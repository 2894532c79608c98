namespace SiteGen.Tests.Tools;

/// <summary>The guard's two behaviours: skip locally, fail under CI. Changes the CI variable, so runs alone.</summary>
[Collection(nameof(EnvironmentVariableCollection))]
public class RequiresToolTests
{
    [Fact]
    public void A_missing_tool_fails_the_test_under_ci()
    {
        using var ci = new ScopedEnvironmentVariable("CI", "true");

        var failure = Assert.ThrowsAny<Exception>(() => RequiresTool.Ensure("Alat Uji", "not on PATH"));

        Assert.IsNotType<SkipException>(failure);
        Assert.Contains("Alat Uji is not installed: not on PATH", failure.Message);
        Assert.Contains("tests/tools/install.sh", failure.Message);
    }

    [Fact]
    public void A_missing_tool_skips_the_test_outside_ci()
    {
        using var ci = new ScopedEnvironmentVariable("CI", null);

        var skip = Assert.Throws<SkipException>(() => RequiresTool.Ensure("Alat Uji", "not on PATH"));

        Assert.Contains("Alat Uji is not installed: not on PATH", skip.Message);
    }

    [Fact]
    public void An_installed_tool_neither_skips_nor_fails()
    {
        using var ci = new ScopedEnvironmentVariable("CI", "true");

        RequiresTool.Ensure("Alat Uji", missingReason: null);
    }
}

[CollectionDefinition(nameof(EnvironmentVariableCollection), DisableParallelization = true)]
public sealed class EnvironmentVariableCollection;

internal sealed class ScopedEnvironmentVariable : IDisposable
{
    private readonly string _name;
    private readonly string? _previous;

    public ScopedEnvironmentVariable(string name, string? value)
    {
        _name = name;
        _previous = Environment.GetEnvironmentVariable(name);
        Environment.SetEnvironmentVariable(name, value);
    }

    public void Dispose() => Environment.SetEnvironmentVariable(_name, _previous);
}
