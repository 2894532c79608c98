using System.CommandLine;
using System.Net;
using SiteGen.Cli.Serve;
using SiteGen.Site;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen serve</c>: builds the site, serves it locally, rebuilds on changes and reloads open pages.</summary>
public static class ServeCommand
{
    public const int DefaultPort = 5080;

    public static Command Create()
    {
        var root = CommonOptions.Root();
        var output = CommonOptions.Output();
        output.Description = "Where the served site is written. Default: ROOT/.sitegen-cache/serve, so the output/ of `sitegen build` "
            + "(which is built for the real base URL) is never replaced by a build made for localhost.";
        var port = new Option<int>("--port", "-p")
        {
            Description = $"The port to listen on; 0 picks a free one. Default: {DefaultPort}.",
            DefaultValueFactory = _ => DefaultPort,
        };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65535) r.AddError("--port must be between 0 and 65535");
        });
        var host = new Option<string>("--host")
        {
            Description = "The address to listen on. Default: 127.0.0.1 (this machine only); 0.0.0.0 makes the site visible on the network.",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var noWatch = new Option<bool>("--no-watch") { Description = "Build once and serve; do not rebuild when files change." };
        var noReload = new Option<bool>("--no-reload") { Description = "Do not add the live-reload script to pages." };
        var noPreview = new Option<bool>("--no-preview")
        {
            Description = "Reload an edited article's page only once its rebuild ends, not first with a preview of the new text (like Hugo's --disableFastRender).",
        };
        var drafts = CommonOptions.Drafts();
        var timings = new Option<bool>("--timings") { Description = "After each build, print how long each pipeline phase took." };

        var command = new Command("serve", "Build the site and serve it at http://127.0.0.1:5080/. Saving an article, a page, input/site.yml or a theme file "
            + "rebuilds it and reloads open pages. Ctrl+C stops. Exit codes: 0 stopped, 2 cannot start (port in use, bad options).")
        {
            root, output, port, host, noWatch, noReload, noPreview, drafts, timings,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var rootPath = Path.GetFullPath(parse.GetValue(root)!);
            if (!Directory.Exists(rootPath))
            {
                stderr.WriteLine($"sitegen serve: error: the site folder '{rootPath}' does not exist");
                return 2;
            }

            var hostName = parse.GetValue(host)!;
            if (IsEverywhere(hostName))
                stderr.WriteLine($"sitegen serve: warning: --host {hostName} makes the site reachable from other machines on the network; "
                    + "use it only on networks you trust.");

            var options = new DevServerOptions
            {
                Build = new BuildOptions
                {
                    Root = rootPath,
                    Output = parse.GetValue(output) ?? Path.Combine(rootPath, ".sitegen-cache", "serve"),
                    Drafts = parse.GetValue(drafts),
                    DefaultTheme = DefaultTheme.Layer,
                },
                Host = hostName,
                Port = parse.GetValue(port),
                Watch = !parse.GetValue(noWatch),
                LiveReload = !parse.GetValue(noReload),
                Preview = !parse.GetValue(noPreview),
                Timings = parse.GetValue(timings),
                Log = stdout,
                Errors = stderr,
            };

            using var signals = new StopSignals(cancellation);
            var stop = signals.Token;
            DevServer server;
            try
            {
                server = await DevServer.StartAsync(options, stop);
            }
            catch (CannotListenException e)
            {
                stderr.WriteLine($"sitegen serve: error: {e.Message}");
                return 2;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return 0;
            }

            await using (server)
            {
                stdout.WriteLine($"serving {server.OutputPath} at {server.Url} (Ctrl+C to stop)");
                if (!options.Watch) stdout.WriteLine("not watching for changes (--no-watch)");
                try
                {
                    await Task.Delay(Timeout.Infinite, stop);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C or SIGTERM: the normal way to stop.
                }
                stdout.WriteLine("stopping");
            }
            return 0;
        });
        return command;
    }

    private static bool IsEverywhere(string host) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var address) && (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any));
}
