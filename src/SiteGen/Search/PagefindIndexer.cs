using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace SiteGen.Search;

/// <summary>
/// Runs Pagefind over a written site (<c>pagefind --site DIR</c>), which adds <c>DIR/pagefind/</c>: the index and
/// the search UI the search page loads. The process is started without a shell, gets a bounded time, and both its
/// streams are read to the end, so a missing, failing or hung indexer costs the build one line, never the site.
/// </summary>
public sealed class PagefindIndexer(string executable, TimeSpan timeout)
{
    /// <summary>Generous: Pagefind indexes about 300 pages a second here, so this covers archives far past 100,000 articles.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The folder Pagefind writes inside the site, and the file that says which languages it indexed.</summary>
    public const string BundleFolder = "pagefind";
    public const string EntryFile = "pagefind-entry.json";

    /// <summary>The sentence shown when Pagefind is not installed: what happened and how to enable it.</summary>
    public const string NotInstalled =
        "search index skipped: Pagefind is not installed; run 'npm ci' in the site root (needs Node.js) to enable search";

    // The shell's "command not found": a Node script whose interpreter is missing ends like this via /usr/bin/env.
    private const int CommandNotFound = 127;

    public async Task<SearchIndexOutcome> IndexAsync(string siteFolder, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var bundle = Path.Combine(siteFolder, BundleFolder);
        if (!File.Exists(executable))
            return Failed($"'{executable}' does not exist (check {PagefindLocator.EnvironmentVariable})", bundle);

        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = siteFolder,
        };
        start.ArgumentList.Add("--site");
        start.ArgumentList.Add(siteFolder);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("no process was started");
        }
        catch (Win32Exception e)
        {
            return Failed($"'{executable}' could not be started: {e.Message}", bundle);
        }

        using (process)
        {
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            limit.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                DeleteBundle(bundle);
                cancellation.ThrowIfCancellationRequested(); // Ctrl+C: the whole build stops, as it would anywhere else
                return Failed($"Pagefind did not finish within {timeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s and was stopped", bundle);
            }

            var output = await stdout.ConfigureAwait(false);
            var errors = await stderr.ConfigureAwait(false);
            if (process.ExitCode == CommandNotFound)
            {
                DeleteBundle(bundle);
                return new SearchIndexOutcome(SearchIndexStatus.Skipped,
                    $"search index skipped: Pagefind could not run ({LastLine(errors, output)}); install Node.js and run 'npm ci' in the site root to enable search");
            }
            if (process.ExitCode != 0)
                return Failed($"Pagefind exited with code {process.ExitCode}: {LastLine(errors, output)}", bundle);

            var pages = PagesIndexed(Path.Combine(bundle, EntryFile));
            if (pages is null)
                return Failed($"Pagefind finished but wrote no {BundleFolder}/{EntryFile}: {LastLine(errors, output)}", bundle);
            var seconds = clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            return new SearchIndexOutcome(SearchIndexStatus.Indexed, $"search index: {pages} {(pages == 1 ? "page" : "pages")} indexed by Pagefind in {seconds} s", pages.Value);
        }
    }

    /// <summary>The page count Pagefind recorded for all languages together, or null when the entry file is missing or unreadable.</summary>
    public static int? PagesIndexed(string entryFile)
    {
        if (!File.Exists(entryFile)) return null;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(entryFile));
            var total = 0;
            foreach (var language in json.RootElement.GetProperty("languages").EnumerateObject())
                total += language.Value.GetProperty("page_count").GetInt32();
            return total;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    private static SearchIndexOutcome Failed(string why, string bundle)
    {
        DeleteBundle(bundle); // a half-written index would break the search page; none makes it fall back to its links
        return new SearchIndexOutcome(SearchIndexStatus.Failed, $"could not build the search index: {why}; the site was built without one");
    }

    private static void DeleteBundle(string bundle)
    {
        if (Directory.Exists(bundle)) Directory.Delete(bundle, recursive: true);
    }

    private static string LastLine(string errors, string output)
    {
        foreach (var text in new[] { errors, output })
        {
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (lines.Length > 0) return lines[^1];
        }
        return "no output";
    }
}
