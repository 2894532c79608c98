using SiteGen.Build;
using SiteGen.Site;

namespace SiteGen.Cli.Serve;

/// <summary>What <c>sitegen serve</c> (or a test) asks of a <see cref="DevServer"/>.</summary>
public sealed record DevServerOptions
{
    /// <summary>How to build the site. Its <see cref="BuildOptions.BaseUrl"/> is replaced by the server's own URL.</summary>
    public required BuildOptions Build { get; init; }

    /// <summary>An IP address, or <c>localhost</c>. Loopback by default, so the site is not visible on the network.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>0 asks the system for a free port; <see cref="DevServer.Url"/> has the one it gave.</summary>
    public int Port { get; init; } = 5080;

    /// <summary>Rebuild when a source file changes.</summary>
    public bool Watch { get; init; } = true;

    /// <summary>Add the live-reload script to pages and serve its event stream.</summary>
    public bool LiveReload { get; init; } = true;

    /// <summary>
    /// Show an edited article's page from its new text as soon as it is saved, before its rebuild ends
    /// (<see cref="SiteGen.Preview.ArticlePreviews"/>); only with <see cref="LiveReload"/>.
    /// </summary>
    public bool Preview { get; init; } = true;

    /// <summary>
    /// How long the sources must stay quiet before a rebuild starts. An editor's save (write a temporary file, rename
    /// it over the old one) is a burst of events well under a millisecond apart, so 50 ms still folds it into one
    /// rebuild while adding little to the wait before the reload; a burst that does get split only costs one more build.
    /// </summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>After each build, print how long each of its steps took (as <c>sitegen build --timings</c> does).</summary>
    public bool Timings { get; init; }

    /// <summary>Where progress lines go (the URL, each rebuild).</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;

    /// <summary>Where build diagnostics and failures go.</summary>
    public TextWriter Errors { get; init; } = TextWriter.Null;

    /// <summary>
    /// The build itself. The server only reads the result's exit code (2: nothing written) and diagnostics, so an
    /// incremental builder can take the place of a full one without the server changing.
    /// </summary>
    public Func<BuildOptions, CancellationToken, Task<BuildResult>> Builder { get; init; } = SiteBuilder.BuildAsync;
}
