using System.CommandLine;
using System.Reflection;
using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

public class HelpTests
{
    private static async Task<CliRun> Sitegen(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await SiteGenCli.RunAsync(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    private static IEnumerable<Command> AllCommands(Command command) =>
        new[] { command }.Concat(command.Subcommands.SelectMany(AllCommands));

    [Fact]
    public void EveryCommandOptionAndArgumentIsDescribed()
    {
        foreach (var command in AllCommands(SiteGenCli.CreateRootCommand()))
        {
            Assert.False(string.IsNullOrWhiteSpace(command.Description), $"command '{command.Name}' has no description");
            foreach (var option in command.Options)
                Assert.True(option.Description is { Length: > 15 }, $"'{command.Name} {option.Name}' has no real description");
            foreach (var argument in command.Arguments)
                Assert.True(argument.Description is { Length: > 15 }, $"'{command.Name} {argument.Name}' has no real description");
        }
    }

    [Fact]
    public async Task EachCommandsHelpListsEveryOptionItHas()
    {
        var root = SiteGenCli.CreateRootCommand();
        foreach (var command in root.Subcommands)
        {
            var run = await Sitegen(command.Name, "--help");
            Assert.Equal(0, run.ExitCode);
            Assert.Contains(command.Description!, run.Output);
            foreach (var option in command.Options) Assert.Contains(option.Name, run.Output);
        }
        var top = await Sitegen("--help");
        Assert.All(root.Subcommands, c => Assert.Contains(c.Name, top.Output));
    }

    [Fact]
    public async Task TheVersionIsThePlainPackageVersion()
    {
        // `sitegen --version` prints the entry assembly's informational version: here that is the test host's, so
        // the installed tool's output is checked in ToolPackageTests; this checks what it will print.
        var version = typeof(SiteGenCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Matches(@"^\d+\.\d+\.\d+$", version); // no "+commit" suffix
        var run = await Sitegen("--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\S+$", run.Output.Trim());
    }

    [Fact]
    public async Task MistakesSayWhatToDoNext()
    {
        var unknown = await Sitegen("bangun");
        Assert.Equal(SiteGenCli.UsageError, unknown.ExitCode);
        Assert.Contains("Run 'sitegen --help'", unknown.Error);

        var missing = await Sitegen("build", "--root", Path.Combine(Path.GetTempPath(), "tidak-ada-" + Guid.NewGuid().ToString("N")), "--progress", "none");
        Assert.Equal(SiteGenCli.UsageError, missing.ExitCode);
        Assert.Contains("sitegen new DIR", missing.Error);
    }

    [Fact]
    public async Task AMistypedCommandIsNamedWithTheNearestOneAndTheCommandsAreListed()
    {
        var run = await Sitegen("biuld");
        Assert.Equal(SiteGenCli.UsageError, run.ExitCode);
        Assert.Contains("'biuld' is not a sitegen command; did you mean 'build'?", run.Error);
        Assert.All(SiteGenCli.CreateRootCommand().Subcommands, c => Assert.Contains(c.Name, run.Error));
        Assert.DoesNotContain("Required command", run.Error);
    }

    [Fact]
    public async Task NoCommandSaysSoAndListsTheCommands()
    {
        var run = await Sitegen();
        Assert.Equal(SiteGenCli.UsageError, run.ExitCode);
        Assert.Contains("no command given", run.Error);
        Assert.Contains("The commands are: new, build, list, tags, check, serve.", run.Error);
        Assert.DoesNotContain("Required command", run.Error);
    }
}
