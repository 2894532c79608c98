using System.Runtime.InteropServices;

namespace SiteGen.Cli;

/// <summary>
/// Gives the garbage collector a fixed young-generation budget rather than the one it picks by itself, by starting the
/// process again with <c>DOTNET_GCgen0size</c> set: the runtime reads it only from the environment, only at start, and
/// not from <c>runtimeconfig.json</c>.
/// </summary>
/// <remarks>
/// A build allocates about 250 KB an article (read, analyse, render, write: 62 GB at 250,000 articles) while holding
/// the archive's state (1-2 GB at that size). The workstation collector's own young-generation budget is a few
/// megabytes, so it collected 28,000 times in a cold 250,000-article build, and each collection scans the cards of an
/// old generation that grows with the archive: 71 s of the build's 220 s were paused in it, against 1.2 of 8 s at
/// 10,000. With a 64 MB budget the same build collected 1,000 times, paused 12.5 s and took 143 s, its peak memory no
/// higher; 32 MB, the budget chosen then, did as well in time (148 s, 1,350 collections) for half the memory held for
/// the young generation at 10,000 articles (+23 MB of peak there; docs/benchmark.md, eighth session).
/// Since then the archive's state shrank to a third, and 16 MB, the budget now, does as well: cold 250,000-article
/// builds peaked at 782-814 MiB against 820-822 with 32 MB, in no more time (122-128 s against 127-138), and at
/// 100,000 the collector paused 4.2 s against 3.4 of a 41-43 s build for 9 MiB less at the peak (twentieth session).
/// A fixed budget, not the runtime's own (about as large on the machine measured), since that one follows the
/// processor's cache and was the few megabytes above on another.
/// <para>Linux only: the process replaces itself (<c>execve</c>), so it keeps its id, its standard streams and its
/// signals, and costs one more start of the runtime (~70 ms), so it is done only for a large archive
/// (<see cref="IsLarge"/>). Set <c>DOTNET_GCgen0size</c> yourself to choose another budget;
/// <c>SITEGEN_GC_BUDGET=on</c> sets it whatever the archive's size, <c>off</c> leaves the runtime's own.</para>
/// </remarks>
internal static class CollectorBudget
{
    /// <summary>The runtime's setting for the young generation's budget (read by <c>build --timings</c> too).</summary>
    internal const string Variable = "DOTNET_GCgen0size";
    private const string Budget = "0x1000000"; // 16 MB, hexadecimal as the runtime reads it
    private const int LargeArchive = 100_000;

    /// <summary>The commands that read the whole archive; the others (help, version, <c>new</c>) are not worth a second start.</summary>
    private static readonly HashSet<string> ArchiveCommands = new(StringComparer.Ordinal) { "build", "serve", "list", "tags", "check" };

    /// <summary>
    /// Starts the process again with the budget set, for a command that reads the archive, when it is not set yet;
    /// returns only if it did not.
    /// </summary>
    public static void Apply(string[] args)
    {
        if (!OperatingSystem.IsLinux() || args.Length == 0 || !ArchiveCommands.Contains(args[0])) return;
        if (Environment.GetEnvironmentVariable(Variable) is not null || Environment.GetEnvironmentVariable("COMPlus_GCgen0size") is not null) return;
        var choice = Environment.GetEnvironmentVariable("SITEGEN_GC_BUDGET");
        if (string.Equals(choice, "off", StringComparison.OrdinalIgnoreCase)) return;
        if (!string.Equals(choice, "on", StringComparison.OrdinalIgnoreCase) && !IsLarge(RootIn(args))) return;
        string[] argv;
        try
        {
            // The command line exactly as it was given (the apphost, or `dotnet` and the assembly), to start it again.
            argv = File.ReadAllText("/proc/self/cmdline").Split('\0');
        }
        catch (IOException)
        {
            return;
        }
        catch (UnauthorizedAccessException)
        {
            return;
        }
        if (argv.Length > 0 && argv[^1].Length == 0) argv = argv[..^1];
        if (argv.Length == 0) return;

        var environment = new List<string?>();
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables()) environment.Add($"{e.Key}={e.Value}");
        environment.Add($"{Variable}={Budget}");
        environment.Add(null);
        // Returns only when it failed; the build then runs as it is, with the runtime's own budget.
        _ = Execve("/proc/self/exe", [.. argv, null], [.. environment]);
    }

    /// <summary>The site folder the command was given (<c>--root</c>), the current folder by default.</summary>
    private static string RootIn(string[] args)
    {
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--root" && i + 1 < args.Length) return args[i + 1];
            if (args[i].StartsWith("--root=", StringComparison.Ordinal)) return args[i]["--root=".Length..];
        }
        return ".";
    }

    /// <summary>
    /// Whether the archive has at least <see cref="LargeArchive"/> articles, counted until it is known. Below that the
    /// larger budget buys little or nothing: a cold 10,000-article build took as long with it, a one-edit build there
    /// was 0.1-0.3 s slower (the second start, and fewer but larger young collections), and a cold 100,000-article
    /// build 2 s faster of 73 for 44 MB more at its peak.
    /// </summary>
    private static bool IsLarge(string root)
    {
        var seeds = Path.Combine(root, SiteGen.Reading.SeedFiles.Folder);
        if (!Directory.Exists(seeds)) return false;
        var count = 0;
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        foreach (var _ in Directory.EnumerateFiles(seeds, "*.txt", options))
            if (++count >= LargeArchive) return true;
        return false;
    }

    [DllImport("libc", EntryPoint = "execve", SetLastError = true)]
    private static extern int Execve(string path, string?[] argv, string?[] envp);
}
