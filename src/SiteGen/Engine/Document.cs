namespace SiteGen.Engine;

/// <summary>
/// The unit that flows through pipelines, as in Statiq: immutable, changed only by the <c>With…</c> methods.
/// Content is a provider, not a string, so a pipeline can hold thousands of documents without holding their text.
/// </summary>
public sealed record Document
{
    public Document(string source, string? destination = null)
    {
        Source = source;
        Destination = destination;
    }

    /// <summary>Where the document came from (a site-relative path, or a virtual name such as <c>archive:tag/rusia</c>).</summary>
    public string Source { get; init; }
    /// <summary>Output path relative to the output folder, forward slashes; null while not yet placed.</summary>
    public string? Destination { get; init; }
    public DocumentMetadata Metadata { get; init; } = DocumentMetadata.Empty;
    /// <summary>Produces the content when asked; null for documents that carry only metadata.</summary>
    public Func<string>? Content { get; init; }

    public Document WithDestination(string destination) => this with { Destination = destination };
    public Document WithMetadata(string key, object value) => this with { Metadata = Metadata.SetItem(key, value) };
    public Document WithContent(string content) => this with { Content = () => content };
    public Document WithContent(Func<string> content) => this with { Content = content };

    public T Get<T>(string key) => Metadata.TryGetValue(key, out var v) && v is T t
        ? t
        : throw new KeyNotFoundException($"Document {Source} has no metadata '{key}' of type {typeof(T).Name}.");

    public T? GetOrDefault<T>(string key) => Metadata.TryGetValue(key, out var v) && v is T t ? t : default;

    public string ReadContent() => Content?.Invoke() ?? "";
}
