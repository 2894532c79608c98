namespace SiteGen.Preview;

/// <summary>
/// A previewed page: its URL path (<c>/2023/07/27/judul/</c>), where it is in the output
/// (<c>2023/07/27/judul/index.html</c>) and its HTML.
/// </summary>
public sealed record PreviewPage(string Url, string File, string Html);
