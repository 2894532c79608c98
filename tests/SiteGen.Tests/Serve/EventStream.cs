using SiteGen.Cli.Serve;

namespace SiteGen.Tests.Serve;

/// <summary>A dev server's live-reload event stream, opened as a page's script opens it.</summary>
public sealed class EventStream : IDisposable
{
    private readonly HttpResponseMessage _response;

    private EventStream(HttpResponseMessage response, ServerSentEventReader reader)
    {
        _response = response;
        Reader = reader;
    }

    public ServerSentEventReader Reader { get; }

    /// <summary>The stream's media type, as the server declared it.</summary>
    public string? MediaType => _response.Content.Headers.ContentType?.MediaType;

    public static async Task<EventStream> ConnectAsync(HttpClient http, Uri server)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var response = await http.GetAsync(new Uri(server, LiveReload.EventsPath), HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        response.EnsureSuccessStatusCode();
        return new EventStream(response, new ServerSentEventReader(await response.Content.ReadAsStreamAsync(cancel.Token)));
    }

    public void Dispose() => _response.Dispose();
}
