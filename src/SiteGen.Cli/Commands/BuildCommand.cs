using System.CommandLine;
using System.Globalization;
using SiteGen.Build;
using SiteGen.Cli.Progress;
using SiteGen.Search;
using SiteGen.Site;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen build</c>: builds the site into the output folder.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var output = CommonOptions.Output();
        var baseUrl = CommonOptions.BaseUrl();
        var drafts = CommonOptions.Drafts();
        var future = CommonOptions.Future();
        var clock = CommonOptions.Clock();
        var strict = new Option<bool>("--strict") { Description = "Treat warnings (and broken internal links) as errors: exit code 1." };
        var pagefind = new Option<string?>("--pagefind")
        {
            Description = "The Pagefind executable for the search index. Default: $SITEGEN_PAGEFIND, else node_modules/.bin/pagefind in the site folder or above ('npm ci' installs it).",
        };
        var timings = new Option<bool>("--timings") { Description = "Print how long each pipeline phase took." };
        var noCache = new Option<bool>("--no-cache")
        {
            Description = "Ignore the build cache in .sitegen-cache/ and do not update it: read and render everything (unchanged output files are still left as they are).",
        };
        var progress = new Option<string>("--progress")
        {
            Description = "How to show progress on standard error: auto (a bar on a terminal; a line every 10% when output is redirected or CI is set), bar, lines or none.",
            DefaultValueFactory = _ => "auto",
        };
        progress.AcceptOnlyFromAmong("auto", "bar", "lines", "none");

        var command = new Command("build",
            "Build the site into the output folder, then index it for search with Pagefind when it is installed ('npm ci' in the site root). " +
            "The new site replaces the old one only when the build finished. " +
            "Exit codes: 0 built, 1 content errors (the rest is written) or warnings under --strict, 2 configuration error (nothing written).")
        {
            root, output, baseUrl, strict, drafts, future, clock, progress, pagefind, timings, noCache,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            if (!TryParseClock(parse.GetValue(clock), stderr, out var today)) return SiteGenCli.UsageError;
            var toTerminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
            var mode = ProgressModes.Resolve(ProgressModes.Parse(parse.GetValue(progress)!), toTerminal, Environment.GetEnvironmentVariable);
            var display = ProgressModes.Create(mode, stderr, TerminalWidth(toTerminal));
            var options = new BuildOptions
            {
                Root = parse.GetValue(root)!,
                Output = parse.GetValue(output),
                BaseUrl = parse.GetValue(baseUrl),
                Strict = parse.GetValue(strict),
                Drafts = parse.GetValue(drafts),
                Future = parse.GetValue(future),
                Clock = today,
                DefaultTheme = DefaultTheme.Layer,
                Progress = display,
                Pagefind = parse.GetValue(pagefind),
                NoCache = parse.GetValue(noCache),
            };
            BuildResult result;
            try
            {
                result = await SiteBuilder.BuildAsync(options, cancellation);
            }
            finally
            {
                display?.Finish();
            }
            DiagnosticPrinter.Print(result.Diagnostics, stderr);
            // One line about search unless it is off; a Pagefind failure is already a warning above.
            if (result.Search.Status == SearchIndexStatus.Skipped) stderr.WriteLine(result.Search.Message);
            if (result.Search.Status == SearchIndexStatus.Indexed) stdout.WriteLine(result.Search.Message);
            // The text repairs in one line (how many articles had which), not a warning per article: they are not problems.
            if (result.Repairs.Articles > 0) stdout.WriteLine(result.Repairs.ToString());
            stdout.WriteLine(Summary(result, options));
            if (parse.GetValue(timings))
            {
                foreach (var t in result.Timings)
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {t.Elapsed.TotalMilliseconds,8:0} ms  {t.Step}"));
                stdout.WriteLine(CollectorLine());
            }
            return result.ExitCode;
        });
        return command;
    }

    /// <summary>What the garbage collector did in the process (one build), and how it was set up (<see cref="CollectorUse.Settings"/>).</summary>
    private static string CollectorLine() => CollectorUse.Now().Line(CollectorUse.Settings());

    public static bool TryParseClock(string? text, TextWriter error, out DateOnly? date)
    {
        date = null;
        if (text is null) return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }
        error.WriteLine($"--clock: error: '{text}' is not a date; write it as YYYY-MM-DD");
        return false;
    }

    private static int TerminalWidth(bool toTerminal)
    {
        if (!toTerminal) return 80;
        try
        {
            return Console.WindowWidth > 20 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }

    private static string Unchanged(BuildResult r) => r.FilesUnchanged > 0 ? $" ({r.FilesUnchanged} unchanged)" : "";

    private static string Summary(BuildResult r, BuildOptions options)
    {
        var seconds = r.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var verdict = r.ExitCode switch { 0 => "built", 1 => "built with errors", _ => "not built" };
        var where = r.ExitCode == 2 ? "" : $" into {options.OutputPath}";
        return $"{verdict}{where}: {Counted.Of(r.Articles, "article")}, {Counted.Of(r.FilesWritten, "file")} written{Unchanged(r)}, {Counted.Of(r.Warnings, "warning")}, {Counted.Of(r.Errors, "error")} in {seconds} s";
    }
}
