using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using SiteGen.Cli.Commands;
using Xunit.Abstractions;

namespace SiteGen.Tests.Serve;

public sealed class ServeCommandTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_port_in_use_is_one_line_and_exit_code_2()
    {
        using var site = RepositoryCopy.CopyOfRepository();
        using var other = new TcpListener(IPAddress.Loopback, 0);
        other.Start();
        var port = ((IPEndPoint)other.LocalEndpoint).Port;

        var (exit, stdout, stderr) = await InvokeAsync("serve", "--root", site.Root, "--output", site.OutputPath, "--port", port.ToString());

        Assert.Equal(2, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"sitegen serve: error: cannot listen on http://127.0.0.1:{port}/: port {port} is already in use; stop the other server or choose another port with --port", line.TrimEnd());
        Assert.Equal("", stdout);
        Assert.False(Directory.Exists(site.OutputPath), "nothing is built when the server cannot start");
    }

    [Fact]
    public async Task A_missing_site_folder_is_exit_code_2()
    {
        var (exit, _, stderr) = await InvokeAsync("serve", "--root", "/nonexistent/sitegen/site", "--port", "0");
        Assert.Equal(2, exit);
        Assert.Contains("does not exist", stderr);
    }

    [Fact]
    public async Task A_host_that_is_not_an_address_is_exit_code_2()
    {
        using var site = RepositoryCopy.CopyOfRepository();
        var (exit, _, stderr) = await InvokeAsync("serve", "--root", site.Root, "--output", site.OutputPath, "--host", "example.org", "--port", "0");
        Assert.Equal(2, exit);
        Assert.Equal("sitegen serve: error: --host 'example.org' is not an IP address or localhost", stderr.Trim());
    }

    [Fact]
    public async Task Listening_everywhere_warns()
    {
        using var site = RepositoryCopy.CopyOfRepository();
        using var other = new TcpListener(IPAddress.Any, 0);
        other.Start();
        var port = ((IPEndPoint)other.LocalEndpoint).Port;

        var (exit, _, stderr) = await InvokeAsync("serve", "--root", site.Root, "--output", site.OutputPath, "--host", "0.0.0.0", "--port", port.ToString());

        Assert.Equal(2, exit);
        Assert.Contains("warning: --host 0.0.0.0 makes the site reachable from other machines", stderr);
    }

    [Fact]
    public async Task Sigterm_stops_the_process_at_once_with_exit_code_0()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        using var site = RepositoryCopy.CopyOfRepository();
        var cli = Path.Combine(AppContext.BaseDirectory, "sitegen.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { cli, "serve", "--root", site.Root, "--output", site.OutputPath, "--port", "0" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        try
        {
            using var started = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            string? line;
            Uri? url = null;
            while (url is null && (line = await process.StandardOutput.ReadLineAsync(started.Token)) is not null)
            {
                output.WriteLine(line);
                var at = line.IndexOf(" at http://", StringComparison.Ordinal);
                if (line.StartsWith("serving ", StringComparison.Ordinal) && at > 0) url = new Uri(line[(at + 4)..line.IndexOf(' ', at + 4)]);
            }
            Assert.NotNull(url);

            // An open event stream must not hold the process up.
            using var http = new HttpClient();
            using var events = await http.GetAsync(new Uri(url, "__sitegen/events"), HttpCompletionOption.ResponseHeadersRead, started.Token);

            var clock = Stopwatch.StartNew();
            Assert.Equal(0, Kill(process.Id, Sigterm));
            using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(stopped.Token);
            output.WriteLine($"stopped {clock.ElapsedMilliseconds} ms after SIGTERM");

            Assert.Equal(0, process.ExitCode);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed.TotalSeconds:0.0} s to stop");
            Assert.Contains("stopping", await process.StandardOutput.ReadToEndAsync(stopped.Token));
            Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.sitegen-*"));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    private const int Sigterm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static async Task<(int Exit, string Stdout, string Stderr)> InvokeAsync(params string[] args)
    {
        var root = new RootCommand { ServeCommand.Create() };
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr })
            .WaitAsync(TimeSpan.FromSeconds(60));
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
