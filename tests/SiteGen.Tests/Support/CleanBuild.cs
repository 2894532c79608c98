using System.Security.Cryptography;
using SiteGen.Build;
using SiteGen.Site;

namespace SiteGen.Tests.Support;

/// <summary>
/// The yardstick of every incremental result: a build of the same site from nothing (no cache file, no in-memory
/// hand-off) into a folder of its own, which must exit the same way, say the same and write the same bytes.
/// </summary>
internal static class CleanBuild
{
    public static async Task AssertSameAsync(BuildOptions options, BuildResult built, string builtFolder)
    {
        var cleanFolder = Path.Combine(options.Root, "clean-" + Guid.NewGuid().ToString("N")[..8]);
        var clean = await SiteBuilder.BuildAsync(options with { Output = cleanFolder, NoCache = true, CacheHandOff = null });
        Assert.Equal(clean.ExitCode, built.ExitCode);
        Assert.Equal(clean.Diagnostics, built.Diagnostics);
        Assert.Equal(Contents(cleanFolder), Contents(builtFolder));
        Directory.Delete(cleanFolder, recursive: true);
    }

    /// <summary>Every file under <paramref name="folder"/> by relative path, with the SHA-256 of its bytes.</summary>
    public static SortedDictionary<string, string> Contents(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);
}
