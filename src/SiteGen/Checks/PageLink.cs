namespace SiteGen.Checks;

/// <summary>One URL a page refers to, with the element and attribute it came from so a message can name them.</summary>
/// <param name="Element">Tag name, or null when the URL's origin is unknown (the cheap link-set mode).</param>
internal readonly record struct PageLink(string? Element, string Attribute, string Url)
{
    /// <summary>The form a person can search the page for: <c>&lt;a href="/tag/x/"&gt;</c>.</summary>
    public string Describe() => Element is null ? $"{Attribute}=\"{Url}\"" : $"<{Element} {Attribute}=\"{Url}\">";
}
