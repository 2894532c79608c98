namespace SiteGen.Model;

/// <summary>
/// <c>sections:</c> in site.yml: the sections (rubrik) readers browse, whether articles that declare none are
/// classified from their text, with or without the built-in model, and where an article goes that the classifier has
/// nothing to go on for. A null <see cref="List"/> or <see cref="Fallback"/> means the defaults of
/// <c>Inference/Sections/sections-id.txt</c> (ten Indonesian news sections; Umum).
/// </summary>
public sealed record SectionSettings
{
    /// <summary>Classify articles whose front matter and metadata table give no section.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Start from the shipped word counts and seed words, for the sections whose slug they know.</summary>
    public bool BuiltIn { get; init; } = true;

    /// <summary>The section of articles with no word the classifier knows; empty for none; null for the default.</summary>
    public string? Fallback { get; init; }

    /// <summary>How many of each section's newest articles the home page's first page shows below the latest; 0 for none.</summary>
    public int HomeItems { get; init; } = 4;

    /// <summary>The sections in menu order; null for the default list.</summary>
    public List<SectionSetting>? List { get; init; }
}

/// <summary>One section: its name as readers see it, its URL segment (default: from the name), seed words of the site's own.</summary>
public sealed record SectionSetting
{
    public string Name { get; init; } = "";
    public string Slug { get; init; } = "";
    public List<string> Words { get; init; } = [];
}
