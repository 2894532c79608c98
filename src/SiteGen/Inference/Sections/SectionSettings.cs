namespace SiteGen.Inference.Sections;

/// <summary>
/// <c>sections:</c> in site.yml. The list of sections readers browse (<c>/rubrik/</c>), whether articles that declare
/// none are classified from their text, with or without the built-in model, and where the classifier puts an article
/// it has nothing to go on for. Defaults: the ten sections of <c>sections-id.txt</c>, everything on, fallback Umum.
/// </summary>
public sealed record SectionSettings
{
    /// <summary>Classify articles whose front matter and metadata table give no section.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Start from the shipped word counts and seed words for the sections whose slug they know.</summary>
    public bool BuiltIn { get; init; } = true;

    /// <summary>The section of articles with no word the classifier knows; empty for none.</summary>
    public string Fallback { get; init; } = SectionLexicon.Default.Fallback?.Name ?? "";

    public IReadOnlyList<SectionSetting> List { get; init; } =
        [.. SectionLexicon.Default.Sections.Select(e => new SectionSetting(e.Name, e.Slug, []))];
}

/// <summary>One section: its name as readers see it, its URL segment, and seed words of the site's own.</summary>
public sealed record SectionSetting(string Name, string Slug, IReadOnlyList<string> Words);
