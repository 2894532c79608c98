using System.Runtime.InteropServices;
using SiteGen.Model;

namespace SiteGen.Search;

/// <summary>
/// The Pagefind a build runs, as far as its output is concerned: the program to start, and a hash that changes when
/// another version is installed, so search bundles an older Pagefind wrote are not mixed with new ones.
/// </summary>
/// <param name="Program">What to start: npm's native Pagefind binary when the executable is npm's launcher for it.</param>
/// <param name="Identity">The installed package's version file, or the executable's path, size and time.</param>
public sealed record PagefindInstall(string Program, Hash128 Identity)
{
    /// <summary>
    /// <c>node_modules/.bin/pagefind</c> is a Node script that looks up the binary of npm's platform package and runs
    /// it; one run per search shard would start Node each time (about 50 ms and 40 MB), so the binary is started
    /// directly when it is where that script would find it. Anything else is started as it is.
    /// </summary>
    public static PagefindInstall Of(string executable)
    {
        var resolved = Resolve(executable);
        // npm's launcher runs the binary these name instead of its own; so does this, by leaving the choice to it.
        var overridden = Environment.GetEnvironmentVariable("PAGEFIND_EXTENDED_BINARY_PATH") is { Length: > 0 }
            || Environment.GetEnvironmentVariable("PAGEFIND_BINARY_PATH") is { Length: > 0 };
        if (!overridden && PackageFolder(resolved) is { } package)
        {
            var version = File.ReadAllBytes(Path.Combine(package, "package.json"));
            var native = NativeBinary(package);
            var identity = new Fingerprint().Add("npm").Add(Hash128.Of(version)).Add(native ?? resolved).Add(native is null ? 0 : (int)new FileInfo(native).Length).Value;
            return new PagefindInstall(native ?? executable, identity);
        }
        var info = new FileInfo(resolved);
        var stamp = info.Exists ? new Fingerprint().Add(resolved).Add((int)info.Length).Add(info.LastWriteTimeUtc.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture)).Value : default;
        return new PagefindInstall(executable, stamp);
    }

    private static string Resolve(string executable)
    {
        try
        {
            return File.Exists(executable) ? File.ResolveLinkTarget(executable, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(executable) : executable;
        }
        catch (IOException)
        {
            return executable;
        }
    }

    /// <summary>The <c>node_modules/pagefind</c> folder holding <paramref name="file"/> (its launcher is <c>lib/runner/bin.cjs</c>), or null.</summary>
    private static string? PackageFolder(string file)
    {
        var dir = Path.GetDirectoryName(file);
        for (var up = 0; dir is not null && up < 4; up++, dir = Path.GetDirectoryName(dir))
        {
            if (Path.GetFileName(dir) == "pagefind" && File.Exists(Path.Combine(dir, "package.json"))
                && Path.GetFileName(Path.GetDirectoryName(dir)) == "node_modules")
                return dir;
        }
        return null;
    }

    /// <summary>Where npm puts the binary for this machine: <c>node_modules/@pagefind/{platform}-{cpu}/bin/</c>, the extended build first.</summary>
    private static string? NativeBinary(string package)
    {
        var platform = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsFreeBSD() ? "freebsd" : null;
        var cpu = RuntimeInformation.OSArchitecture switch { Architecture.X64 => "x64", Architecture.Arm64 => "arm64", _ => null };
        if (platform is null || cpu is null) return null;
        var bin = Path.Combine(Path.GetDirectoryName(package)!, "@pagefind", $"{platform}-{cpu}", "bin");
        foreach (var name in new[] { "pagefind_extended", "pagefind" })
        {
            var candidate = Path.Combine(bin, OperatingSystem.IsWindows() ? name + ".exe" : name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
