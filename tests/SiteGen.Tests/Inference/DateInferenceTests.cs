using SiteGen.Inference;

namespace SiteGen.Tests.Inference;

public class DateInferenceTests
{
    private static DateOnly? DecideDate(DateEvidence evidence, CorpusCalendar? calendar = null) =>
        DateInference.Decide(evidence, DateHabits.Default, calendar) is { } v && v.Confidence >= DateHabits.Default.Threshold ? v.Date : null;

    private static DateOnly? Infer(params string[] paragraphs) =>
        DateInference.Infer(TestArticles.Make("seeds/a.txt", "Judul Berita", paragraphs));

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
    public void Kemarin_next_to_a_date_moves_publication_to_the_day_after() =>
        Assert.Equal(new DateOnly(2019, 9, 17), Infer("Rapat digelar di DPR, Senin kemarin (16/9/2019)."));

    [Fact]
    public void Hari_ini_next_to_a_date_keeps_that_day() =>
        Assert.Equal(new DateOnly(2019, 9, 12), Infer("Cuaca di Jakarta pada hari ini, Kamis (12/9/2019), cerah berawan."));

    [Fact]
    public void Besok_next_to_a_date_puts_publication_a_day_before() =>
        Assert.Equal(new DateOnly(2019, 9, 11), Infer("Tes dilanjutkan besok, Kamis 12 September 2019, di gedung DPR."));

    [Fact]
    public void A_spelled_date_with_weekday_is_an_event_reported_the_next_day() =>
        Assert.Equal(new DateOnly(2019, 9, 15), Infer("Man City kalah 2-3 dari Norwich, Sabtu 14 September 2019 malam WIB."));

    [Fact]
    public void After_midnight_the_event_day_is_the_publication_day() =>
        Assert.Equal(new DateOnly(2019, 9, 19), Infer("Atletico menahan Juventus di Madrid, Kamis 19 September 2019 dini hari WIB."));

    [Fact]
    public void A_scheduled_date_counts_only_when_nothing_else_does()
    {
        Assert.Equal(new DateOnly(2023, 7, 27), Infer("Delegasi akan menghadiri parade militer pada Kamis (27/7/2023)."));
        Assert.Equal(new DateOnly(2019, 9, 18), Infer(
            "Leclerc tak sabar balapan di Singapura,\" ujar Leclerc, Rabu (18/9/2019).",
            "Balapan akan digelar pada Minggu (22/9/2019) malam."));
    }

    [Fact]
    public void A_spelled_date_in_a_future_clause_is_dropped() =>
        Assert.Null(Infer("Balapan seri ke-14 akan berlangsung di Sirkuit Aragon pada Minggu 22 September 2019."));

    [Fact]
    public void Background_dates_without_weekday_are_not_news() =>
        Assert.Null(Infer("Sheila Dara dan Vidi Aldiano menikah pada 15 Januari 2022 di Jakarta."));

    [Fact]
    public void A_contradicting_weekday_is_not_enough_alone()
    {
        Assert.Null(Infer("\"Saya tidak bisa datang,\" katanya, Selasa (11/9/2019)."));
        Assert.Equal(new DateOnly(2019, 9, 10), Infer(
            "\"Saya tidak bisa datang,\" katanya, Selasa (11/9/2019).",
            "Rapat digelar di Jakarta, Selasa (10/9/2019)."));
    }

    [Fact]
    public void A_contradicted_date_counts_only_with_the_archive_s_calendar_and_only_when_nothing_else_does()
    {
        // 17 September 2019 was a Tuesday: the weekday or the day is a typo.
        var evidence = DateInference.Analyse(TestArticles.Make("seeds/a.txt", "Judul", "\"Banjir surut,\" kata Bupati, Senin (17/9/2019)."));
        Assert.Null(DecideDate(evidence));

        var september = new CorpusCalendar([new DateOnly(2019, 9, 16), new DateOnly(2019, 9, 18)]);
        Assert.Equal(new DateOnly(2019, 9, 17), DecideDate(evidence, september));

        var nothingNear = new CorpusCalendar([new DateOnly(2019, 1, 5)]);
        Assert.Null(DecideDate(evidence, nothingNear));

        var withOther = DateInference.Analyse(TestArticles.Make("seeds/a.txt", "Judul",
            "\"Banjir surut,\" kata Bupati, Senin (17/9/2019).", "Rapat digelar di Jakarta, Rabu (11/9/2019)."));
        Assert.Equal(new DateOnly(2019, 9, 11), DecideDate(withOther, september));
    }

    [Fact]
    public void A_month_typo_is_read_as_the_month_the_weekday_and_the_archive_agree_on()
    {
        // 20 April 2019 was a Saturday; 20 September 2019, among the archive's stories, a Friday.
        var evidence = DateInference.Analyse(TestArticles.Make("seeds/a.txt", "Judul", "Antrean mengular di gerbang tol, Jumat (20/4/2019)."));
        var calendar = new CorpusCalendar([new DateOnly(2019, 4, 18), new DateOnly(2019, 9, 19), new DateOnly(2019, 9, 21)]);
        Assert.Equal(new DateOnly(2019, 9, 20), DecideDate(evidence, calendar));
    }

    [Fact]
    public void A_past_date_marked_lalu_says_nothing_about_today() =>
        Assert.Null(Infer("Imam telah berstatus tersangka sejak Rabu (18/9/2019) lalu."));

    [Fact]
    public void A_year_less_date_takes_a_fitting_year_from_the_text() =>
        Assert.Equal(new DateOnly(2019, 9, 14), Infer(
            "Kilang diserang pada Sabtu (14/9).",
            "Produksi turun sejak 1 Januari 2019 dan 2 Februari 2020."));

    [Fact]
    public void A_year_less_date_waits_for_the_corpus_calendar()
    {
        var evidence = DateInference.Analyse(TestArticles.Make("seeds/a.txt", "Judul", "Kilang diserang pada Sabtu (14/9)."));
        Assert.Null(DecideDate(evidence));
        Assert.Single(evidence.Clues);

        var near = new CorpusCalendar([new DateOnly(2019, 9, 20), new DateOnly(2019, 10, 2)]);
        Assert.Equal(new DateOnly(2019, 9, 14), DecideDate(evidence, near));

        var far = new CorpusCalendar([new DateOnly(2019, 1, 5)]); // nothing within a month of 14 September 2019
        Assert.Null(DecideDate(evidence, far));

        // 14 September was a Saturday in 2019 and in 2024: two years fit, so it stays unplaced.
        var ambiguous = new CorpusCalendar([new DateOnly(2019, 9, 20), new DateOnly(2024, 9, 20)]);
        Assert.Null(DecideDate(evidence, ambiguous));
    }

    [Fact]
    public void A_weekday_named_as_today_moves_the_date_within_the_week() =>
        Assert.Equal(new DateOnly(2019, 9, 16), Infer(
            "Harga emas naik pada perdagangan hari ini, Senin karena investor khawatir.",
            "Kilang Aramco diserang, kata pejabat Saudi, Sabtu (14/9/2019)."));

    [Fact]
    public void Only_the_first_two_paragraphs_date_an_event()
    {
        var late = Infer("Paragraf pertama.", "Paragraf kedua.", "Pertandingan berlangsung pada Minggu 15 September 2019 malam.");
        Assert.Null(late);
        Assert.Equal(new DateOnly(2019, 9, 16), Infer("Pertandingan berlangsung pada Minggu 15 September 2019 malam."));
    }

    [Fact]
    public void Text_without_dates_has_no_date() => Assert.Null(Infer("Harga cabai naik di pasar tradisional."));
}
