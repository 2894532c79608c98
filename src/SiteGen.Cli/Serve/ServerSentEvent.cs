using System.Text;

namespace SiteGen.Cli.Serve;

/// <summary>One Server-Sent Event: a name and a text, which may span lines.</summary>
public sealed record ServerSentEvent(string Name, string Data)
{
    /// <summary>
    /// The event as it goes over the wire: <c>event:</c>, one <c>data:</c> line per line of text (the browser joins them
    /// with '\n' again), and a blank line that ends the event.
    /// </summary>
    public string ToWireFormat()
    {
        var builder = new StringBuilder();
        builder.Append("event: ").Append(Name).Append('\n');
        foreach (var line in Data.ReplaceLineEndings("\n").Split('\n')) builder.Append("data: ").Append(line).Append('\n');
        builder.Append('\n');
        return builder.ToString();
    }
}
