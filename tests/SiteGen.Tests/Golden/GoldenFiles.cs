using System.Text;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Golden;

/// <summary>
/// Checked-in expected files, compared byte for byte with what a test produced. With <c>SITEGEN_UPDATE_GOLDEN=1</c>
/// the expected files are rewritten instead, so a deliberate change (theme, inference) is one command and a diff to
/// review in git, committed with the change that caused it.
/// </summary>
public static class GoldenFiles
{
    public const string UpdateVariable = "SITEGEN_UPDATE_GOLDEN";

    /// <summary>The golden folder in the source tree (not the build output), where updates must land.</summary>
    public static string Folder { get; } = Path.Combine(RepoPaths.Root, "tests", "SiteGen.Tests", "Golden");

    public static string Expected { get; } = Path.Combine(Folder, "Expected");

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Compares <paramref name="actual"/> with the golden file <paramref name="name"/> (a path under Expected/), or rewrites it.</summary>
    public static void Check(string name, byte[] actual)
    {
        var path = Path.Combine(Expected, name);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(actual)) File.WriteAllBytes(path, actual);
            return;
        }
        if (!File.Exists(path))
            Assert.Fail($"{name} has no golden file yet; run the tests with {UpdateVariable}=1 to write it, then review and commit it");
        var expected = File.ReadAllBytes(path);
        if (expected.AsSpan().SequenceEqual(actual)) return;

        var diff = LineDiff.Unified(Decode(expected), Decode(actual), name);
        var onlyBytes = !diff.Contains("\n-", StringComparison.Ordinal) && !diff.Contains("\n+", StringComparison.Ordinal);
        Assert.Fail($"{name} differs from its golden file{(onlyBytes ? " only in line endings or a byte order mark" : "")}. If the change is " +
            $"meant (theme, inference), rewrite the golden files with\n  {UpdateVariable}=1 dotnet test tests/SiteGen.Tests --filter FullyQualifiedName~Golden\n" +
            $"and commit them with the change after reviewing 'git diff tests/SiteGen.Tests/Golden'.\n{diff}");
    }

    private static string Decode(byte[] bytes) => new UTF8Encoding(false).GetString(bytes);
}
