using System.CommandLine;
using System.Globalization;
using SiteGen.Engine;
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
        var timings = new Option<bool>("--timings") { Description = "Print how long each pipeline phase took." };

        var command = new Command("build", "Build the site into the output folder. Exit codes: 0 built, 1 content errors (the rest is written) or warnings under --strict, 2 configuration error (nothing written).")
        {
            root, output, baseUrl, strict, drafts, future, clock, timings,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            if (!TryParseClock(parse.GetValue(clock), stderr, out var today)) return SiteGenCli.UsageError;
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
            };
            var result = await SiteBuilder.BuildAsync(options, cancellation);
            DiagnosticPrinter.Print(result.Diagnostics, stderr);
            stdout.WriteLine(Summary(result, options));
            if (parse.GetValue(timings))
                foreach (var t in result.Timings)
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {t.Elapsed.TotalMilliseconds,8:0} ms  {t.Step}"));
            return result.ExitCode;
        });
        return command;
    }

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

    private static string Summary(BuildResult r, BuildOptions options)
    {
        var seconds = r.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var verdict = r.ExitCode switch { 0 => "built", 1 => "built with errors", _ => "not built" };
        var where = r.ExitCode == 2 ? "" : $" into {options.OutputPath}";
        return $"{verdict}{where}: {r.Articles} articles, {r.FilesWritten} files written, {r.Warnings} warnings, {r.Errors} errors in {seconds} s";
    }
}
