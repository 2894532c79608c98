namespace SiteGen.Model;

/// <summary>
/// The repairs SiteGen makes to an article's text while reading it (<c>SiteGen.Reading.Repair</c>), each of which a
/// site can turn off (<c>text.repair</c> in site.yml). <c>sitegen list</c> and the settings name them in lower case.
/// </summary>
[Flags]
public enum TextRepairs
{
    None = 0,
    /// <summary>UTF-8 that was read as Mac Roman, Windows-1252 or Latin-1 (once or twice), read back.</summary>
    Mojibake = 1,
    /// <summary>Invisible format characters dropped and the text put in Unicode NFC.</summary>
    Invisible = 2,
    /// <summary>"Baca Juga" teasers removed.</summary>
    Teaser = 4,
    /// <summary>Punctuation of a damaged dateline removed from the start of the lead.</summary>
    Dateline = 8,
    /// <summary>Commas left where a scraper dropped a link or joined paragraphs tidied.</summary>
    Debris = 16,
    All = Mojibake | Invisible | Teaser | Dateline | Debris,
}
