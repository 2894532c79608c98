using SiteGen.Model;
namespace SiteGen.Reading.Repair;

/// <summary>
/// The repairs of a whole text as it is read, before front matter, lines and datelines are parsed from it, so every
/// later step (and inference) sees clean text: mojibake undone, invisible format characters dropped, NFC.
/// </summary>
public static class TextRepair
{
    // Each step can expose work for another (a dropped zero-width space joins mojibake; undone mojibake can be a
    // zero-width space), so they repeat until the text stands still; two rounds are the most real text needs.
    private const int MaxRounds = 4;

    /// <summary>The repaired text and which of the <paramref name="enabled"/> repairs changed it.</summary>
    public static (string Text, TextRepairs Done) Repair(string text, TextRepairs enabled)
    {
        var done = TextRepairs.None;
        for (var round = 0; round < MaxRounds; round++)
        {
            var before = text;
            if (enabled.HasFlag(TextRepairs.Mojibake))
            {
                var repaired = Mojibake.Repair(text);
                if (!ReferenceEquals(repaired, text)) done |= TextRepairs.Mojibake;
                text = repaired;
            }
            if (enabled.HasFlag(TextRepairs.Invisible))
            {
                var visible = UnicodeForm.Nfc(InvisibleCharacters.Drop(text));
                if (visible != text) done |= TextRepairs.Invisible;
                text = visible;
            }
            if (ReferenceEquals(text, before) || text == before) break;
        }
        return (text, done);
    }
}
