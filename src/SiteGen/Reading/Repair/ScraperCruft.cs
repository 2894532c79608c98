using SiteGen.Model;
namespace SiteGen.Reading.Repair;

/// <summary>
/// Removes what scrapers leave in an article's paragraphs once the title, editor and dateline are parsed off:
/// "Baca Juga" teasers, the punctuation of a damaged dateline at the start of the lead, and comma debris. The
/// patterns are <see cref="CruftPatterns"/>.
/// </summary>
public static class ScraperCruft
{
    /// <summary>Cleans <paramref name="paragraphs"/> in place (dropping any left empty) and says which repairs changed them.</summary>
    public static TextRepairs Clean(List<string> paragraphs, TextRepairs enabled)
    {
        // Until nothing changes, as ftfy does: one repair can uncover another (a lost dateline's dash gone, a "Baca
        // juga:" opens the paragraph and is a teaser), and a second reading must find nothing left to do.
        var done = TextRepairs.None;
        for (var round = 0; round < MaxRounds; round++)
        {
            var made = CleanOnce(paragraphs, enabled);
            if (made == TextRepairs.None) break;
            done |= made;
        }
        return done;
    }

    // A bound, not a budget: real articles settle in one round or two (each round that changes something shows in
    // the repairs; ScraperCruftProperties checks a second Clean finds nothing).
    private const int MaxRounds = 5;

    private static TextRepairs CleanOnce(List<string> paragraphs, TextRepairs enabled)
    {
        var done = TextRepairs.None;
        if (enabled.HasFlag(TextRepairs.Teaser) && RemoveTeasers(paragraphs)) done |= TextRepairs.Teaser;

        if (enabled.HasFlag(TextRepairs.Dateline) && CleanLeadStart(paragraphs)) done |= TextRepairs.Dateline;

        if (enabled.HasFlag(TextRepairs.Debris))
        {
            for (var i = paragraphs.Count - 1; i >= 0; i--)
            {
                var tidy = TidyCommas(paragraphs[i]);
                if (tidy == paragraphs[i]) continue;
                done |= TextRepairs.Debris;
                if (tidy.Length == 0) paragraphs.RemoveAt(i);
                else paragraphs[i] = tidy;
            }
        }
        // Once a paragraph of debris before the lead is gone, the next one is the lead.
        if (enabled.HasFlag(TextRepairs.Dateline) && CleanLeadStart(paragraphs)) done |= TextRepairs.Dateline;
        return done;
    }

    private static bool CleanLeadStart(List<string> paragraphs)
    {
        if (paragraphs.Count > 0 && CruftPatterns.LeadOfDebrisOnly().IsMatch(paragraphs[0]))
        {
            paragraphs.RemoveAt(0); // the next paragraph is the lead; the next round cleans its start
            return true;
        }
        if (paragraphs.Count == 0 || CruftPatterns.LeadStartDebris().Match(paragraphs[0]) is not { Success: true, Length: > 0 } lead) return false;
        paragraphs[0] = paragraphs[0][lead.Length..];
        return true;
    }

    /// <summary>
    /// A line with its comma debris tidied (<see cref="CruftPatterns.CommaRun"/> and the patterns after it); also for
    /// titles, whose link text scrapers drop the same way (<c>5 Cara Ampuh Menarik Perhatian ,</c>).
    /// </summary>
    public static string TidyCommas(string line)
    {
        var tidy = line;
        for (var round = 0; round < MaxRounds && HasCommaDebris(tidy); round++)
        {
            var next = TidyCommasOnce(tidy);
            if (next == tidy) break;
            tidy = next;
        }
        return tidy;
    }

    private static string TidyCommasOnce(string line)
    {
        var tidy = CruftPatterns.CommaRun().Replace(line, ",");
        tidy = CruftPatterns.SpaceBeforeComma().Replace(tidy, ",");
        tidy = CruftPatterns.EmptyBrackets().Replace(tidy, "");
        tidy = CruftPatterns.CommaBeforeStop().Replace(tidy, "");
        tidy = CruftPatterns.CommaAfterStop().Replace(tidy, " ");
        tidy = CruftPatterns.CommaWithoutSpace().Replace(tidy, ", ");
        tidy = CruftPatterns.CommaAfterFullStop().Replace(tidy, m =>
            CruftPatterns.IsAbbreviation(m.Groups["word"].Value) ? m.Value : m.Groups["word"].Value + ". ");
        tidy = CruftPatterns.CommaAtEnds().Replace(tidy, "");
        return tidy == line ? line : CruftPatterns.SpaceRun().Replace(tidy, " ").Trim();
    }

    /// <summary>
    /// Whether any comma of the line is one the patterns could touch; almost every paragraph has commas, nearly all
    /// followed by a space or a digit, and those need no regular expression at all.
    /// </summary>
    private static bool HasCommaDebris(string line)
    {
        for (var i = line.IndexOf(','); i >= 0; i = line.IndexOf(',', i + 1))
        {
            if (i == 0 || i == line.Length - 1 || char.IsWhiteSpace(line[i - 1]) || line[i - 1] == '.') return true;
            var next = line[i + 1];
            if (char.IsDigit(next)) continue;
            if (!char.IsWhiteSpace(next)) return true;
            // After the spaces: another comma, a stop or a bracket, or the line's end.
            var j = i + 1;
            while (j < line.Length && char.IsWhiteSpace(line[j])) j++;
            if (j == line.Length || line[j] is ',' or '.' or ':' or ';' or ')') return true;
        }
        return false;
    }

    private static bool RemoveTeasers(List<string> paragraphs)
    {
        string? article = null;
        var changed = false;
        for (var i = paragraphs.Count - 1; i >= 0; i--)
        {
            if (!CruftPatterns.TeaserLabel().IsMatch(paragraphs[i])) continue;
            article ??= string.Join('\n', paragraphs);
            var pieces = Teasers.Remove(paragraphs[i], article);
            if (pieces.Count == 1 && pieces[0] == paragraphs[i]) continue;
            paragraphs.RemoveAt(i);
            paragraphs.InsertRange(i, pieces);
            changed = true;
        }
        return changed;
    }
}
