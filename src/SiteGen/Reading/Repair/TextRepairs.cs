namespace SiteGen.Reading.Repair;

/// <summary>
/// The repairs SiteGen makes to an article's text while reading it, each of which a site can turn off
/// (<c>text.repair</c> in site.yml). <c>sitegen list</c> shows an article's by these names in lower case.
/// </summary>
[Flags]
public enum TextRepairs
{
    None = 0,
    /// <summary>UTF-8 that was read as Mac Roman, Windows-1252 or Latin-1 (once or twice), read back (<see cref="Repair.Mojibake"/>).</summary>
    Mojibake = 1,
    /// <summary>Invisible format characters dropped and the text put in Unicode NFC (<see cref="InvisibleCharacters"/>, <see cref="UnicodeForm"/>).</summary>
    Invisible = 2,
    /// <summary>"Baca Juga" teasers removed (<see cref="Teasers"/>).</summary>
    Teaser = 4,
    /// <summary>Punctuation of a damaged dateline removed from the start of the lead (<see cref="CruftPatterns.LeadStartDebris"/>).</summary>
    Dateline = 8,
    /// <summary>Commas left where a scraper dropped a link or joined paragraphs tidied.</summary>
    Debris = 16,
    All = Mojibake | Invisible | Teaser | Dateline | Debris,
}
