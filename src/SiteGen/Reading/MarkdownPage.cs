namespace SiteGen.Reading;

/// <summary>A page written in Markdown under <c>input/</c>, such as the "about" page.</summary>
public sealed record MarkdownPage(string SourcePath, string Url, string Title, string Description, string BodyHtml);
