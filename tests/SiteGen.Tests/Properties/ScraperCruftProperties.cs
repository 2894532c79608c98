using CsCheck;
using SiteGen.Model;
using SiteGen.Reading.Repair;

namespace SiteGen.Tests.Properties;

/// <summary>
/// Scraper cruft removal on generated paragraphs made of the pieces scrapers leave (comma runs, stray dashes and
/// colons, "Baca Juga" labels, quotes, abbreviations, numbers): cleaning twice is cleaning once, and a paragraph
/// cleaned never keeps a comma run or starts the lead with a dash.
/// </summary>
public class ScraperCruftProperties
{
    private static readonly string[] Pieces =
    [
        "Menteri", "mengatakan", "itu", "Jakarta", "Rp3,5", "-5", "derajat", "2019.", "ujarnya.", "S.H.", "dll.", "Tbk.",
        ",", ",,", ", ,", " ,", ".", ":", "–", "-", "—", "?", "(,)", "(", ")", "\"", "“", "”", "Baca Juga", "Baca juga:",
        "BACA JUGA", "Sebelumnya,", "Kapolri", "Resmikan", "Jembatan", "di", "Sumsel", "dan", "kata", "dia",
    ];

    private static readonly Gen<string> Paragraph =
        Gen.Select(Gen.Int[0, Pieces.Length - 1].Array[1, 25], Gen.Bool.Array[25])
            .Select((picks, glued) => string.Concat(picks.Select((p, i) => (i > 0 && !glued[i] ? " " : "") + Pieces[p])));

    private static List<string> Clean(IEnumerable<string> paragraphs)
    {
        var list = paragraphs.ToList();
        ScraperCruft.Clean(list, TextRepairs.All);
        return list;
    }

    [Fact]
    public void CleaningIsIdempotent() =>
        Paragraph.Array[1, 4].Sample(paragraphs =>
        {
            var once = Clean(paragraphs);
            Assert.Equal(once, Clean(once));
        }, iter: 5_000);

    [Fact]
    public void TidyCommasIsIdempotentAndLeavesNoCommaRun() =>
        Paragraph.Sample(line =>
        {
            var once = ScraperCruft.TidyCommas(line);
            Assert.Equal(once, ScraperCruft.TidyCommas(once));
            Assert.DoesNotMatch(CruftPatterns.CommaRun(), once);
        }, iter: 5_000);

    private static readonly System.Text.RegularExpressions.Regex LeadDebris = new(@"^(?:[,:;]|[-–—](?!\d))");

    [Fact]
    public void NoLeadStartsWithADashColonOrComma() =>
        Paragraph.Array[1, 4].Sample(paragraphs =>
        {
            var cleaned = Clean(paragraphs);
            if (cleaned.Count > 0) Assert.False(LeadDebris.IsMatch(cleaned[0]), $"[{string.Join("|", paragraphs)}] -> {cleaned[0]}");
        }, iter: 5_000);
}
