using SiteGen.Tests.Support;
using System.Text.Json;

namespace SiteGen.Tests.Tools;

/// <summary>One finding of the Nu Html Checker, as its JSON output gives it.</summary>
internal sealed record NuMessage(string Type, string Url, int? Line, int? Column, string Message, string? Extract)
{
    public override string ToString() => $"{Url}:{Line}:{Column}: {Type}: {Message}";
}

/// <summary>
/// Runs the Nu Html Checker (the W3C validator, vnu.jar from npm) over a folder, errors only. It is the judge of
/// whether the HTML we write is valid; AngleSharp parses anything, so it cannot be.
/// </summary>
internal static class NuHtmlChecker
{
    public static string JarPath => Path.Combine(RepoPaths.Tools, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static string? MissingReason()
    {
        if (RepoPaths.OnPath("java") is null) return "java is not on PATH";
        if (!File.Exists(JarPath)) return $"{JarPath} does not exist";
        return null;
    }

    public static void RequireInstalled() => RequiresTool.Ensure("The Nu Html Checker", MissingReason());

    /// <summary>Every error in the folder's HTML files; an empty list means all of them are valid.</summary>
    public static async Task<IReadOnlyList<NuMessage>> CheckFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        var result = await ToolProcess.RunAsync("java",
            ["-jar", JarPath, "--errors-only", "--skip-non-html", "--format", "json", "--stdout", folder],
            TimeSpan.FromMinutes(10), cancellationToken);
        // Exit 1 only says "errors found"; anything else, or no JSON, means the checker itself failed.
        if (result.ExitCode is not (0 or 1) || !result.StandardOutput.TrimStart().StartsWith('{'))
            throw new InvalidOperationException($"vnu.jar exited {result.ExitCode}: {result.StandardError}{result.StandardOutput}");
        return Parse(result.StandardOutput);
    }

    internal static IReadOnlyList<NuMessage> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var messages = new List<NuMessage>();
        foreach (var m in document.RootElement.GetProperty("messages").EnumerateArray())
        {
            messages.Add(new NuMessage(
                m.GetProperty("type").GetString() ?? "",
                m.TryGetProperty("url", out var url) ? url.GetString() ?? "" : "",
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : null,
                m.TryGetProperty("firstColumn", out var column) ? column.GetInt32() : null,
                m.TryGetProperty("message", out var message) ? message.GetString() ?? "" : "",
                m.TryGetProperty("extract", out var extract) ? extract.GetString() : null));
        }
        return messages;
    }
}
