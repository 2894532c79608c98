using System.Text;
using SiteGen.Model;

namespace SiteGen.Inference;

/// <summary>
/// Builds what the first analysis in a process builds once (the text repair's tables, the reader's and the date and
/// tag finders' patterns and word lists) by analysing a small made-up article and dropping the result. A build that
/// finds one changed article analyses it while every later step waits, and that first analysis took ~50 ms of a
/// ~1.2 s build at 10,000 articles; run beside the cache's loading (<c>SiteBuilder</c>), the tables are ready by then.
/// </summary>
public static class AnalysisWarmUp
{
    // Each part of the seed format and of what the finders look for: a dateline, a date, a name defined with its
    // abbreviation and named again, a teaser line, the editor.
    private static readonly byte[] Sample = Encoding.UTF8.GetBytes(
        "Komisi Pemberantasan Korupsi Periksa Saksi Kasus Suap\n" +
        "JAKARTA, iNews.id - Komisi Pemberantasan Korupsi (KPK) memeriksa saksi pada Senin (24/7/2023).\n" +
        "Baca Juga: Sidang Ditunda\n" +
        "Juru bicara KPK Ali Fikri mengatakan pemeriksaan berlangsung di Gedung Merah Putih. Ali Fikri menyebut saksi hadir.\n" +
        "Editor: Nama Editor\n");

    /// <summary>The made-up article's analysis, which the build drops; tests check it reaches every finder.</summary>
    public static AnalysedArticle Run() =>
        AnalysedArticle.From("warm-up.txt", Sample, ContentHash.Of(Sample), new TagLexicon(new TagSettings()), TextRepairs.All);
}
