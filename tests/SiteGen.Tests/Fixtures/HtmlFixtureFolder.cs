namespace SiteGen.Tests.Fixtures;

/// <summary>A throwaway output folder of hand-written files, deleted when the test ends.</summary>
internal sealed class HtmlFixtureFolder : IDisposable
{
    public HtmlFixtureFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "sitegen-fixture-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>Writes <paramref name="content"/> at a path relative to the folder, with forward slashes.</summary>
    public HtmlFixtureFolder Write(string path, string content)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return this;
    }

    /// <summary>Writes a page that is valid HTML with one h1 and a title, around <paramref name="body"/>.</summary>
    public HtmlFixtureFolder Page(string path, string body = "", string title = "Judul Halaman", string h1 = "Judul Halaman") =>
        Write(path, ValidPage(body, title, h1));

    public static string ValidPage(string body = "", string title = "Judul Halaman", string h1 = "Judul Halaman") =>
        $"""
        <!DOCTYPE html>
        <html lang="id">
        <head><meta charset="utf-8"><title>{title}</title></head>
        <body>
        <h1>{h1}</h1>
        {body}
        </body>
        </html>
        """;

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* a validator still holding a file must not fail the test */ }
    }
}
