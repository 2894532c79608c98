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
        root.Subcommands.Add(TagsCommand.Create());
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
        if (parse.Errors.Count > 0 && parse.CommandResult.Command is RootCommand root)
        {
            NoSuchCommand(root, parse.UnmatchedTokens, configuration.Error);
            return UsageError;
        }
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

    /// <summary>
    /// No command, or one that does not exist (<c>sitegen biuld</c>): say so, naming the word typed and the nearest
    /// command, and list the commands, rather than the parser's "Required command was not provided".
    /// </summary>
    private static void NoSuchCommand(RootCommand root, IReadOnlyList<string> unmatched, TextWriter error)
    {
        var names = root.Subcommands.Select(c => c.Name).ToList();
        var typed = unmatched.FirstOrDefault(t => !t.StartsWith('-'));
        if (typed is null)
        {
            error.WriteLine("sitegen: error: no command given");
            foreach (var option in unmatched) error.WriteLine($"sitegen: error: unknown option '{option}'");
        }
        else
        {
            var nearest = names.OrderBy(n => EditDistance(n, typed)).First();
            var hint = EditDistance(nearest, typed) <= 2 ? $"; did you mean '{nearest}'?" : "";
            error.WriteLine($"sitegen: error: '{typed}' is not a sitegen command{hint}");
        }
        error.WriteLine($"The commands are: {string.Join(", ", names)}. Run 'sitegen --help' to see what each does.");
    }

    /// <summary>Levenshtein distance, small words only: letters inserted, removed, changed or swapped count one each.</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
