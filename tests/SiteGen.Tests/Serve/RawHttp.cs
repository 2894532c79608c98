using System.Net.Sockets;
using System.Text;

namespace SiteGen.Tests.Serve;

/// <summary>
/// Sends one HTTP/1.1 request over a plain socket, exactly as written. HttpClient and Uri normalise paths
/// (<c>/a/../b</c> becomes <c>/b</c>, backslashes become slashes), which would hide what a hostile client can send.
/// </summary>
public static class RawHttp
{
    public sealed record Response(int Status, string Head, byte[] Body)
    {
        public string BodyText => Encoding.UTF8.GetString(Body);

        public string? Header(string name)
        {
            foreach (var line in Head.Split("\r\n").Skip(1))
            {
                var colon = line.IndexOf(':');
                if (colon > 0 && line[..colon].Trim().Equals(name, StringComparison.OrdinalIgnoreCase)) return line[(colon + 1)..].Trim();
            }
            return null;
        }
    }

    /// <param name="target">The request target, sent byte for byte (each char as one Latin-1 byte), NULs included.</param>
    public static async Task<Response> SendAsync(Uri server, string target, string method = "GET", TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, cancel.Token);
        var stream = client.GetStream();
        var request = $"{method} {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request), cancel.Token);

        // Connection: close, so the server's closing the connection ends the response.
        using var all = new MemoryStream();
        await stream.CopyToAsync(all, cancel.Token);
        return Parse(all.ToArray());
    }

    private static Response Parse(byte[] bytes)
    {
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        if (end < 0) throw new InvalidDataException($"no complete response head in {bytes.Length} bytes: {Encoding.Latin1.GetString(bytes)}");
        var head = Encoding.Latin1.GetString(bytes, 0, end);
        var statusLine = head.Split("\r\n")[0].Split(' ');
        return new Response(int.Parse(statusLine[1]), head, bytes[(end + 4)..]);
    }
}
