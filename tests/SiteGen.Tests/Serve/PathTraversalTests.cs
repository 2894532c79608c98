using SiteGen.Cli.Serve;
using Xunit.Abstractions;

namespace SiteGen.Tests.Serve;

/// <summary>
/// Hostile request targets, each sent as written over a raw socket. Nothing outside the output folder may come back:
/// every answer is 400 or 404 and never carries the secret files placed next to (and linked into) the output.
/// </summary>
public sealed class PathTraversalTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Secret = "RAHASIA-JANGAN-DIKIRIM";

    private readonly RepositoryCopy _site = RepositoryCopy.CopyOfRepository();
    private DevServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await TestServer.StartAsync(_site, output, watch: false);
        // A secret beside the output folder, and links inside the output that point out of it.
        await File.WriteAllTextAsync(Path.Combine(_site.Root, "secret.txt"), Secret);
        var outside = Path.Combine(_site.Root, "outside");
        Directory.CreateDirectory(outside);
        await File.WriteAllTextAsync(Path.Combine(outside, "secret.txt"), Secret);
        File.CreateSymbolicLink(Path.Combine(_site.OutputPath, "link-to-secret.txt"), Path.Combine(_site.Root, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_site.OutputPath, "link-to-outside"), outside);
        Directory.CreateSymbolicLink(Path.Combine(_site.OutputPath, "relative-link"), "../outside");
        Directory.CreateSymbolicLink(Path.Combine(_site.OutputPath, "link-to-root"), "/");
        // A link that stays inside the output is fine.
        File.CreateSymbolicLink(Path.Combine(_site.OutputPath, "link-to-home.html"), "index.html");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _site.Dispose();
    }

    public static TheoryData<string> HostileTargets() =>
    [
        "/../secret.txt",
        "/../../../../../../etc/passwd",
        "/assets/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
        "/.%2e/secret.txt",
        "/%2e%2e%2fsecret.txt",
        "/..%2fsecret.txt",
        "/assets%2f..%2f..%2fsecret.txt",
        "/%252e%252e/secret.txt",
        "/..\\secret.txt",
        "/%5c..%5csecret.txt",
        "/assets\\..\\..\\secret.txt",
        "//etc/passwd",
        "/%2fetc/passwd",
        "/%2Fetc%2Fpasswd",
        "http://127.0.0.1/../secret.txt",
        "http://127.0.0.1/%2e%2e/secret.txt",
        "/C:/Windows/win.ini",
        "/C:%5cWindows%5cwin.ini",
        "/secret.txt%00.html",
        "/%00",
        "/index.html\0/../../secret.txt",
        "/%c0%ae%c0%ae/secret.txt",
        "/link-to-secret.txt",
        "/link-to-outside/secret.txt",
        "/relative-link/secret.txt",
        "/link-to-root/etc/passwd",
        "/link-to-root" + "/tmp",
        "/" + new string('a', 10_000),
        "/" + string.Concat(Enumerable.Repeat("../", 3000)) + "etc/passwd",
    ];

    [Theory]
    [MemberData(nameof(HostileTargets))]
    public async Task Is_refused_without_leaking_anything(string target)
    {
        var response = await RawHttp.SendAsync(_server.Url, target);

        Assert.True(response.Status is 400 or 404, $"{Show(target)} answered {response.Status}:\n{response.Head}");
        Assert.DoesNotContain(Secret, response.BodyText);
        Assert.DoesNotContain("root:x:0:0", response.BodyText);

        // And the server is still there for the next request.
        Assert.Equal(200, (await RawHttp.SendAsync(_server.Url, "/")).Status);
    }

    [Fact]
    public async Task A_link_that_stays_inside_the_output_is_served()
    {
        var response = await RawHttp.SendAsync(_server.Url, "/link-to-home.html");
        Assert.Equal(200, response.Status);
        Assert.Contains(">Berita terbaru</h1>", response.BodyText);
    }

    private static string Show(string target) => target.Length > 80 ? target[..80] + "…" : target.Replace("\0", "\\0");
}
