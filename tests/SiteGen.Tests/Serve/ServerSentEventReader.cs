using System.Text;

namespace SiteGen.Tests.Serve;

/// <summary>Reads named events from a text/event-stream, the way a browser's EventSource does (enough of it for tests).</summary>
public sealed class ServerSentEventReader(Stream stream)
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8);

    public sealed record Event(string Name, string Data);

    /// <summary>The next event with a name; blocks with no data (<c>retry:</c>) and comments are skipped.</summary>
    public async Task<Event> NextAsync(CancellationToken cancellation)
    {
        string? name = null;
        var data = new List<string>();
        while (true)
        {
            var line = await _reader.ReadLineAsync(cancellation) ?? throw new EndOfStreamException("the event stream ended");
            if (line.Length == 0)
            {
                if (name is not null) return new Event(name, string.Join('\n', data));
                data.Clear();
                continue;
            }
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data.Add(line["data: ".Length..]);
        }
    }

    /// <summary>Skips events until one named <paramref name="name"/> arrives, or fails after <paramref name="limit"/>.</summary>
    public async Task<Event> WaitForAsync(string name, TimeSpan limit)
    {
        using var cancel = new CancellationTokenSource(limit);
        try
        {
            while (true)
            {
                var e = await NextAsync(cancel.Token);
                if (e.Name == name) return e;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no '{name}' event within {limit.TotalSeconds} s");
        }
    }
}
