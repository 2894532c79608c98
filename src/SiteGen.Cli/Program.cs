using System.CommandLine;
using SiteGen.Cli.Commands;

// Each command lives in its own file under Commands/; this file only lists them.
var root = new RootCommand("sitegen: a static site generator for news-article archives");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
return await root.Parse(args).InvokeAsync();
