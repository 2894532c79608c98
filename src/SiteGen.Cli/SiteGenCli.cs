using System.CommandLine;
using SiteGen.Cli.Commands;

namespace SiteGen.Cli;

/// <summary>
/// The <c>sitegen</c> command line. Tests call <see cref="RunAsync"/> with their own writers, so they run exactly the
/// code path a user does.
/// </summary>
public static class SiteGenCli
{
    /// <summary>Exit code for usage and configuration errors (nothing written).</summary>
    public const int UsageError = 2;

    /// <summary>
    /// Exit code for a bug in sitegen itself (an unhandled exception). Distinct from 1, so a crash never passes for
    /// "content errors, the rest written" in CI.
    /// </summary>
    public const int InternalError = 3;

    /// <summary>Exit code when the run was cancelled, as shells report a process stopped by Ctrl+C.</summary>
    public const int Cancelled = 130;

    public static RootCommand CreateRootCommand()
    {
        // Each command lives in its own file under Commands/; this only lists them.
        var root = new RootCommand(
            "sitegen: builds a fast, searchable static archive website from a folder of plain-text news articles. " +
            "Start with 'sitegen new SITE-DIR', then 'sitegen build' inside it. 'sitegen COMMAND --help' describes each command.");
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(ListCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellation = default)
    {
        var parse = CreateRootCommand().Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
            EnableDefaultExceptionHandler = false,
        };
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) configuration.Error.WriteLine($"sitegen: error: {e.Message}");
            configuration.Error.WriteLine("Run 'sitegen --help' to see the commands and their options.");
            return UsageError;
        }
        try
        {
            return await parse.InvokeAsync(configuration, cancellation);
        }
        catch (OperationCanceledException)
        {
            configuration.Error.WriteLine("sitegen: cancelled; the previous output was left as it was");
            return Cancelled;
        }
        catch (Exception e)
        {
            configuration.Error.WriteLine($"sitegen: internal error: {e}");
            configuration.Error.WriteLine("This is a bug in sitegen; the previous output was left as it was. Please report it with the lines above.");
            return InternalError;
        }
    }
}
