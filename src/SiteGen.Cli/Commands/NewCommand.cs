using System.CommandLine;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen new SITE-DIR</c>: starts a site that builds as it is, with every setting explained.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("SITE-DIR")
        {
            Description = "The folder to create the site in. It may exist only if it is empty.",
        };
        var command = new Command("new",
            "Create a new site: seeds/ with an example article, input/site.yml with every setting explained, input/tentang.md, " +
            "an empty theme/ for your overrides, package.json pinning Pagefind for search, and .gitignore.")
        {
            folder,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var target = Path.GetFullPath(parse.GetValue(folder)!);

            if (File.Exists(target))
            {
                stderr.WriteLine($"sitegen new: error: '{target}' is a file; give the name of a new folder, e.g. 'sitegen new arsip-saya'");
                return SiteGenCli.UsageError;
            }
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            {
                stderr.WriteLine($"sitegen new: error: '{target}' is not empty; nothing was written. Give the name of a new folder, e.g. 'sitegen new arsip-saya'");
                return SiteGenCli.UsageError;
            }

            Directory.CreateDirectory(target);
            SiteScaffold.WriteTo(target);

            var shown = parse.GetValue(folder)!;
            stdout.WriteLine($"created a new site in {target}");
            stdout.WriteLine("next:");
            stdout.WriteLine($"  cd {shown}");
            stdout.WriteLine("  npm ci           # optional, needs Node.js: installs Pagefind so builds include the search index");
            stdout.WriteLine("  sitegen build    # writes the site into output/");
            return 0;
        });
        return command;
    }
}
