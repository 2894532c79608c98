using System.CommandLine;

namespace SiteGen.Cli.Commands;

/// <summary>Options several commands share, declared once so they read the same everywhere.</summary>
public static class CommonOptions
{
    public static Option<string> Root() => new("--root")
    {
        Description = "The site folder (holding seeds/, input/ and theme/). Default: the current folder.",
        DefaultValueFactory = _ => ".",
    };

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Where the site is written. Default: ROOT/output.",
    };

    public static Option<string?> BaseUrl() => new("--base-url")
    {
        Description = "The absolute URL the site is served from (overrides baseUrl in input/site.yml).",
    };

    public static Option<bool> Drafts() => new("--drafts") { Description = "Include articles marked draft: true." };

    public static Option<bool> Future() => new("--future") { Description = "Include articles dated after --clock." };

    public static Option<string?> Clock() => new("--clock")
    {
        Description = "Today's date (YYYY-MM-DD) for deciding which articles are in the future. Default: none, so none are.",
    };
}
