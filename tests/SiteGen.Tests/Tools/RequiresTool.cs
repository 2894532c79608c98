namespace SiteGen.Tests.Tools;

/// <summary>
/// Guards a test that runs an external tool. Locally a missing tool skips the test with a message saying how to
/// install it; under CI (the CI variable set) a missing tool fails it, so a forgotten install step cannot turn
/// a validator run into a silent pass. Use in a [SkippableFact].
/// </summary>
internal static class RequiresTool
{
    public static bool InCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <param name="tool">The tool's name as a person knows it.</param>
    /// <param name="missingReason">Why it cannot run, or null when it can.</param>
    public static void Ensure(string tool, string? missingReason) => Ensure(tool, missingReason, InCi);

    internal static void Ensure(string tool, string? missingReason, bool inCi)
    {
        if (missingReason is null) return;
        var message = $"{tool} is not installed: {missingReason}. Run tests/tools/install.sh.";
        if (inCi) Assert.Fail($"{message} CI must run it before the tests.");
        Skip.If(true, message);
    }
}
