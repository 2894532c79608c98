using System.CommandLine;
using SiteGen.Checks;
using SiteGen.Model;
using SiteGen.Site;

namespace SiteGen.Cli.Commands;

/// <summary>
/// <c>sitegen check</c>: the full AngleSharp pass (links and fragments, ids, headings, titles, alt text) over an existing
/// output folder, without building.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var output = CommonOptions.Output();
        var baseUrl = CommonOptions.BaseUrl();
        var strict = new Option<bool>("--strict") { Description = "Report problems as errors (exit code 1) rather than warnings." };

        var command = new Command("check", "Check the links and HTML of an already built site. Exit codes: 0 no errors, 1 errors (or any problem under --strict), 2 usage error.")
        {
            root, output, baseUrl, strict,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var options = new BuildOptions { Root = parse.GetValue(root)!, Output = parse.GetValue(output) };
            if (!Directory.Exists(options.Root))
            {
                stderr.WriteLine($"--root: error: the site folder '{Path.GetFullPath(options.Root)}' does not exist; pass --root with the folder that holds seeds/ and input/");
                return SiteGenCli.UsageError;
            }
            SiteSettings settings;
            try
            {
                settings = SiteSettingsLoader.Load(Path.GetFullPath(options.Root), parse.GetValue(baseUrl));
            }
            catch (ConfigurationException e)
            {
                stderr.WriteLine(e.Diagnostic.ToString());
                return SiteGenCli.UsageError;
            }
            if (!Directory.Exists(options.OutputPath))
            {
                stderr.WriteLine($"--output: error: '{options.OutputPath}' does not exist; run 'sitegen build' first");
                return SiteGenCli.UsageError;
            }

            var isStrict = parse.GetValue(strict);
            var report = await SiteChecker.CheckAsync(options.OutputPath, settings.BaseUrl, new CheckOptions { Strict = isStrict }, cancellation);
            DiagnosticPrinter.Print(report.Diagnostics, stderr);
            stdout.WriteLine($"checked {Counted.Of(report.PagesChecked, "page")} and {Counted.Of(report.LinksChecked, "link")}: " +
                $"{Counted.Of(report.WarningCount, "warning")}, {Counted.Of(report.ErrorCount, "error")}");
            foreach (var kind in Kinds(report)) stdout.WriteLine($"  {kind.Count,6}  {kind.Kind}");
            return report.ErrorCount > 0 ? 1 : 0;
        });
        return command;
    }

    /// <summary>Counts of diagnostics by kind (the message with its specifics removed), so a large report can be read at a glance.</summary>
    private static IEnumerable<(string Kind, int Count)> Kinds(CheckReport report) =>
        report.Diagnostics
            .GroupBy(d => KindOf(d.Message))
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(g => g.Item2)
            .ThenBy(g => g.Key, StringComparer.Ordinal);

    private static string KindOf(string message)
    {
        if (message.Contains("which is not in the output", StringComparison.Ordinal)) return "broken internal link";
        if (message.Contains("has no element with that id", StringComparison.Ordinal)) return "missing fragment target";
        if (message.Contains("outside the site's base path", StringComparison.Ordinal)) return "link outside the base path";
        if (message.Contains("<h1>", StringComparison.Ordinal)) return "not exactly one <h1>";
        if (message.Contains("<title>", StringComparison.Ordinal)) return "missing or empty <title>";
        if (message.StartsWith("id \"", StringComparison.Ordinal)) return "duplicate id";
        if (message.Contains("has no alt attribute", StringComparison.Ordinal)) return "image without alt";
        return "other";
    }
}
