using SiteGen.Language;
using SiteGen.Model;

namespace SiteGen.Inference.Sections;

/// <summary>
/// The sections a site has in effect: the list site.yml gives (each slug filled in from its name where missing), or
/// the default list of <see cref="SectionLexicon"/>, and the fallback section's name ("" for none).
/// </summary>
public sealed record SiteSections(IReadOnlyList<SectionSetting> List, string Fallback)
{
    public static SiteSections Of(SectionSettings settings)
    {
        var lexicon = SectionLexicon.Default;
        var list = settings.List is { } listed
            ? listed.Select(s => s with { Slug = s.Slug is { Length: > 0 } slug ? slug : Slugs.From(s.Name) }).ToList()
            : lexicon.Sections.Select(e => new SectionSetting { Name = e.Name, Slug = e.Slug }).ToList();
        return new SiteSections(list, settings.Fallback ?? lexicon.Fallback?.Name ?? "");
    }
}
