namespace SiteGen.Formats;

/// <summary>One file of the sitemap: where it goes, and what writes its UTF-8 bytes when it is written.</summary>
public sealed record SitemapFile(string Path, Action<Stream> Write)
{
    /// <summary>The file as text.</summary>
    public string Xml() => XmlOutput.Text(Write);
}
