using SiteGen.Inference;
using SiteGen.Language;

namespace SiteGen.Tests.Inference;

/// <summary>
/// The day a text points to and how sure that is, with the shipped habits. Sentences are written for these tests in the
/// manner of several portals' prose, not copied from articles.
/// </summary>
public class DateInferenceTests
{
    private static DateVerdict? Verdict(params string[] paragraphs) =>
        DateInference.Decide(DateInference.Analyse(TestArticles.Make("seeds/a.txt", "Judul Berita", paragraphs)), DateHabits.Default);

    private static DateOnly? Infer(params string[] paragraphs) =>
        DateInference.Infer(TestArticles.Make("seeds/a.txt", "Judul Berita", paragraphs));

    private static DateOnly? Decide(DateEvidence evidence, CorpusCalendar? calendar) =>
        DateInference.Decide(evidence, DateHabits.Default, calendar) is { } v && v.Confidence >= DateHabits.Default.Threshold ? v.Date : null;

    [Fact]
    public void The_latest_reported_day_is_the_publication_date()
    {
        var date = Infer(
            "JAKARTA, iNews.id - Banjir melanda kawasan itu pada Senin (16/9/2019).",
            "\"Air mulai surut,\" kata Kepala BPBD, Rabu (18/9/2019).",
            "Sebelumnya hujan turun sejak Minggu (15/9/2019).");
        Assert.Equal(new DateOnly(2019, 9, 18), date);
    }

    [Fact]
    public void A_date_closing_an_attributed_sentence_is_confident() =>
        Assert.Equal(new DateOnly(2019, 9, 16), Infer("\"Kami sudah siap,\" ujar Kapolres kepada wartawan, Senin (16/9/2019)."));

    [Fact]
    public void A_spelled_date_closing_an_attributed_sentence_is_the_day_of_writing()
    {
        // The habit of several portals: the day the reporter reached the speaker, written out.
        var v = Verdict("\"Kami belum menerima laporan itu,\" kata Yudi saat dihubungi Tempo, Selasa 17 September 2019.");
        Assert.Equal(new DateOnly(2019, 9, 17), v!.Date);
        Assert.Equal(DateRole.Attributed, v.Clue!.Value.Role);
        Assert.True(v.Confidence >= DateHabits.Default.Threshold, $"confidence {v.Confidence}");
    }

    [Fact]
    public void The_day_an_earlier_event_happened_is_not_confident_alone()
    {
        // A feature names the release day of what it writes about; it may have gone out days later.
        var v = Verdict("Album kedua band asal Bandung itu dirilis Kamis (5/9/2019) dan langsung menduduki tangga lagu.");
        Assert.Equal(DateRole.Event, v!.Clue!.Value.Role);
        Assert.True(v.Confidence < DateHabits.Default.Threshold, $"confidence {v.Confidence}");
        Assert.Null(Infer("Album kedua band asal Bandung itu dirilis Kamis (5/9/2019) dan langsung menduduki tangga lagu."));
    }

    [Fact]
    public void An_attributed_date_is_surer_than_an_event_date()
    {
        var attributed = Verdict("\"Harga turun,\" kata pedagang, Selasa (10/9/2019).");
        var evented = Verdict("Pasar itu dibuka pada Selasa (10/9/2019) oleh wali kota.");
        Assert.True(attributed!.Confidence > evented!.Confidence);
    }

    [Fact]
    public void Days_still_to_come_count_less_than_the_day_of_writing()
    {
        var ahead = Verdict("Timnas akan menghadapi Malaysia pada Selasa (17/9/2019) dan Thailand, Sabtu (21/9/2019) mendatang.");
        Assert.Equal(DateRole.Future, ahead!.Clue!.Value.Role);
        var said = Verdict("Timnas akan menghadapi Malaysia pada Selasa (17/9/2019),\" kata pelatih, Senin (16/9/2019).");
        Assert.Equal(new DateOnly(2019, 9, 16), said!.Date);
        Assert.True(said.Confidence > ahead.Confidence);
    }

    [Fact]
    public void A_later_date_that_is_not_about_the_future_lowers_the_confidence()
    {
        var alone = Verdict("\"Kami siap,\" ujar pelatih, Senin (9/9/2019).");
        var contradicted = Verdict("\"Kami siap,\" ujar pelatih, Senin (9/9/2019).", "Laga dimainkan di Bandung, Senin (16/9/2019) malam, di depan penonton.");
        Assert.False(alone!.Conflicts);
        Assert.Equal(new DateOnly(2019, 9, 9), contradicted!.Date);
        Assert.True(contradicted.Conflicts);
        Assert.True(contradicted.Confidence < alone.Confidence);
    }

    [Fact]
    public void Kemarin_next_to_a_date_moves_publication_to_the_day_after() =>
        Assert.Equal(new DateOnly(2019, 9, 17), Infer("Rapat digelar di DPR, Senin kemarin (16/9/2019)."));

    [Fact]
    public void Hari_ini_next_to_a_date_keeps_that_day() =>
        Assert.Equal(new DateOnly(2019, 9, 12), Infer("Cuaca di Jakarta pada hari ini, Kamis (12/9/2019), cerah berawan."));

    [Fact]
    public void Besok_next_to_a_date_puts_publication_a_day_before() =>
        Assert.Equal(new DateOnly(2019, 9, 11), Verdict("Tes dilanjutkan besok, Kamis 12 September 2019, di gedung DPR.")!.Date);

    [Fact]
    public void A_spelled_date_points_to_its_own_day_unless_the_archive_teaches_otherwise() =>
        // Some portals report an evening's match the next morning, others the same night: the shipped shift is none,
        // and an archive's dated articles teach their own (MetadataInferenceTests).
        Assert.Equal(new DateOnly(2019, 9, 14), Verdict("Man City kalah 2-3 dari Norwich, Sabtu 14 September 2019 malam WIB.")!.Date);

    [Fact]
    public void After_midnight_the_event_day_is_the_publication_day() =>
        Assert.Equal(new DateOnly(2019, 9, 19), Verdict("Atletico menahan Juventus di Madrid, Kamis 19 September 2019 dini hari WIB.")!.Date);

    [Fact]
    public void A_scheduled_date_counts_only_when_nothing_else_does()
    {
        Assert.Equal(new DateOnly(2023, 7, 27), Infer("Delegasi akan menghadiri parade militer pada Kamis (27/7/2023)."));
        Assert.Equal(new DateOnly(2019, 9, 18), Infer(
            "Leclerc tak sabar balapan di Singapura,\" ujar Leclerc, Rabu (18/9/2019).",
            "Balapan akan digelar pada Minggu (22/9/2019) malam."));
    }

    [Fact]
    public void A_spelled_date_in_a_future_clause_is_not_used() =>
        Assert.Null(Infer("Balapan seri ke-14 akan berlangsung di Sirkuit Aragon pada Minggu 22 September 2019."));

    [Fact]
    public void Background_dates_without_weekday_are_not_news() =>
        Assert.Null(Infer("Sheila Dara dan Vidi Aldiano menikah pada 15 Januari 2022 di Jakarta."));

    [Fact]
    public void A_past_date_marked_lalu_says_nothing_about_today() =>
        Assert.Null(Infer("Imam telah berstatus tersangka sejak Rabu (18/9/2019) lalu."));

    [Fact]
    public void A_contradicting_weekday_is_not_enough_alone()
    {
        Assert.Null(Infer("\"Saya tidak bisa datang,\" katanya, Selasa (11/9/2019)."));
        Assert.Equal(new DateOnly(2019, 9, 10), Infer(
            "\"Saya tidak bisa datang,\" katanya, Selasa (11/9/2019).",
            "Rapat digelar di Jakarta, Selasa (10/9/2019)."));
    }

    [Fact]
    public void A_contradicted_date_counts_only_with_the_archive_s_calendar()
    {
        // 17 September 2019 was a Tuesday: the weekday or the day is a typo.
        var evidence = DateInference.Analyse(TestArticles.Make("seeds/a.txt", "Judul", "Banjir melanda tiga desa.", "\"Banjir surut,\" kata Bupati, Senin (17/9/2019)."));
        Assert.Null(Decide(evidence, null));

        var september = new CorpusCalendar([new DateOnly(2019, 9, 16), new DateOnly(2019, 9, 18)]);
        Assert.Equal(new DateOnly(2019, 9, 17), Decide(evidence, september));

        var nothingNear = new CorpusCalendar([new DateOnly(2019, 1, 5)]);
        Assert.Null(Decide(evidence, nothingNear));

        var withOther = DateInference.Analyse(TestArticles.Make("seeds/a.txt", "Judul",
            "\"Banjir surut,\" kata Bupati, Senin (17/9/2019).", "\"Rapat sudah selesai,\" kata Sekda di Jakarta, Rabu (11/9/2019)."));
        Assert.Equal(new DateOnly(2019, 9, 11), Decide(withOther, september));
    }

    [Fact]
    public void A_month_typo_is_read_as_the_month_the_weekday_and_the_archive_agree_on()
    {
        // 20 April 2019 was a Saturday; 20 September 2019, among the archive's stories, a Friday.
        var evidence = DateInference.Analyse(TestArticles.Make("seeds/a.txt", "Judul", "Antrean mengular di gerbang tol, kata petugas, Jumat (20/4/2019)."));
        var calendar = new CorpusCalendar([new DateOnly(2019, 4, 18), new DateOnly(2019, 9, 19), new DateOnly(2019, 9, 21)]);
        Assert.Equal(new DateOnly(2019, 9, 20), DateInference.Decide(evidence, DateHabits.Default, calendar)!.Date);
    }

    [Fact]
    public void A_year_less_date_takes_a_fitting_year_from_the_text() =>
        Assert.Equal(new DateOnly(2019, 9, 14), Verdict(
            "\"Kilang diserang,\" kata juru bicara, Sabtu (14/9).",
            "Produksi turun sejak 1 Januari 2019 dan 2 Februari 2020.")!.Date);

    [Fact]
    public void A_year_less_date_waits_for_the_archive_s_calendar()
    {
        var evidence = DateInference.Analyse(TestArticles.Make("seeds/a.txt", "Judul", "\"Kilang diserang,\" kata juru bicara, Sabtu (14/9)."));
        Assert.Null(DateInference.Decide(evidence, DateHabits.Default));
        Assert.Single(evidence.Clues);

        var near = new CorpusCalendar([new DateOnly(2019, 9, 20), new DateOnly(2019, 10, 2)]);
        Assert.Equal(new DateOnly(2019, 9, 14), Decide(evidence, near));

        var far = new CorpusCalendar([new DateOnly(2019, 1, 5)]); // nothing within a month of 14 September 2019
        Assert.Null(Decide(evidence, far));

        // 14 September was a Saturday in 2019 and in 2024: two years fit, so it stays unplaced.
        var ambiguous = new CorpusCalendar([new DateOnly(2019, 9, 20), new DateOnly(2024, 9, 20)]);
        Assert.Null(Decide(evidence, ambiguous));
    }

    [Fact]
    public void A_weekday_named_as_today_moves_the_date_within_the_week()
    {
        var v = Verdict(
            "Harga emas naik pada perdagangan hari ini, Senin karena investor khawatir.",
            "Kilang Aramco diserang, kata pejabat Saudi, Sabtu (14/9/2019).");
        Assert.Equal(new DateOnly(2019, 9, 16), v!.Date);
        Assert.True(v.ByWeekday);
    }

    [Fact]
    public void The_verdict_says_what_it_rests_on()
    {
        var v = Verdict("\"Air mulai surut,\" kata Kepala BPBD, Rabu (18/9/2019).", "Banjir datang sejak Selasa (17/9/2019) malam, ujarnya di lokasi, Rabu (18/9/2019).");
        Assert.Equal("numeric/attributed/lead 18/9/2019, agrees", v!.Describe());
    }

    [Fact]
    public void Text_without_dates_has_no_date() => Assert.Null(Verdict("Harga cabai naik di pasar tradisional."));
}
