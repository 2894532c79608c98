namespace SiteGen.Rendering.Views;

/// <summary>A link as a template sees it. <see cref="Text"/> is already HTML-escaped; <see cref="Url"/> is a root-relative link.</summary>
public sealed record LinkView(string Text, string Url, int Count = 0, bool Current = false, bool Highlight = false);
