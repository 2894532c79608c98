namespace SiteGen.Cli.Serve;

/// <summary>The browser side of live reload (<c>Serve/reload.js</c>), carried inside the tool as a resource.</summary>
public static class ReloadScript
{
    private const string ResourceName = "serve/reload.js";

    public static ReadOnlyMemory<byte> Bytes { get; } = Load();

    private static byte[] Load()
    {
        using var stream = typeof(ReloadScript).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the tool was built without its resource {ResourceName}");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
