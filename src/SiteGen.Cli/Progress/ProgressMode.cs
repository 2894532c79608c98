namespace SiteGen.Cli.Progress;

/// <summary>How <c>sitegen build</c> shows progress (<c>--progress</c>).</summary>
public enum ProgressMode
{
    /// <summary>A bar on an interactive terminal; plain lines when standard error is redirected or CI is set.</summary>
    Auto,
    Bar,
    Lines,
    None,
}

public static class ProgressModes
{
    /// <summary>The option's word (auto, bar, lines, none; already checked by the parser) as a mode.</summary>
    public static ProgressMode Parse(string word) => Enum.Parse<ProgressMode>(word, ignoreCase: true);

    /// <summary>The mode <see cref="ProgressMode.Auto"/> stands for where the build runs.</summary>
    /// <param name="toTerminal">Whether standard error is the console and not redirected.</param>
    /// <param name="environment">Reads an environment variable (CI, TERM).</param>
    public static ProgressMode Resolve(ProgressMode requested, bool toTerminal, Func<string, string?> environment)
    {
        if (requested != ProgressMode.Auto) return requested;
        var ci = !string.IsNullOrEmpty(environment("CI"));
        var dumb = environment("TERM") == "dumb";
        return toTerminal && !ci && !dumb ? ProgressMode.Bar : ProgressMode.Lines;
    }

    public static IProgressDisplay? Create(ProgressMode mode, TextWriter error, int terminalWidth) => mode switch
    {
        ProgressMode.Bar => new ProgressBar(error, TimeProvider.System, terminalWidth),
        ProgressMode.Lines => new ProgressLines(error),
        _ => null,
    };
}
