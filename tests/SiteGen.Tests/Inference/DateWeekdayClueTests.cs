using SiteGen.Inference;
using SiteGen.Language;

namespace SiteGen.Tests.Inference;

/// <summary>
/// A weekday written next to a date is a check the text makes on itself: the calendar agrees with it or not. It is
/// part of the date's shape (<see cref="DateShape"/>), so the shipped habits learn what an agreeing, a contradicting and
/// a missing weekday are worth. Sentences written for these tests in the manner of Indonesian news prose.
/// </summary>
public class DateWeekdayClueTests
{
    private static DateClue Clue(string text) => Assert.Single(DateClues.Find(text, text.Length));

    private static DateVerdict? Verdict(string lead, CorpusCalendar? calendar = null) =>
        DateInference.Decide(DateInference.Analyse(TestArticles.Make("seeds/a.txt", "Judul Berita", lead)), DateHabits.Default, calendar);

    [Theory]
    [InlineData("\"Kami siap,\" kata Kapolres kepada wartawan, Senin (16/10/2023).", DayOfWeek.Monday)]
    [InlineData("\"Kami siap,\" kata Kapolres kepada wartawan, Selasa (17/10/2023).", DayOfWeek.Tuesday)]
    [InlineData("\"Kami siap,\" kata Kapolres kepada wartawan, Rabu (18/10/2023).", DayOfWeek.Wednesday)]
    [InlineData("\"Kami siap,\" kata Kapolres kepada wartawan, Kamis (19/10/2023).", DayOfWeek.Thursday)]
    [InlineData("\"Kami siap,\" kata Kapolres kepada wartawan, Jumat (20/10/2023).", DayOfWeek.Friday)]
    [InlineData("\"Kami siap,\" kata Kapolres kepada wartawan, Jum'at (20/10/2023).", DayOfWeek.Friday)]
    [InlineData("\"Kami siap,\" kata Kapolres kepada wartawan, Sabtu (21/10/2023).", DayOfWeek.Saturday)]
    [InlineData("\"Kami siap,\" kata Kapolres kepada wartawan, Minggu (22/10/2023).", DayOfWeek.Sunday)]
    [InlineData("\"Kami siap,\" kata Kapolres kepada wartawan, Ahad (22/10/2023).", DayOfWeek.Sunday)]
    [InlineData("Hal itu disampaikan dalam keterangan tertulis (Rabu, 18/10/2023).", DayOfWeek.Wednesday)]
    [InlineData("KPK memeriksa tiga pejabat Dinas Pekerjaan Umum pada Jumat, 29 Desember 2023.", DayOfWeek.Friday)]
    [InlineData("Pemeriksaan berlangsung pada hari Jumat tanggal 29 Desember 2023 di Gedung Merah Putih.", DayOfWeek.Friday)]
    [InlineData("Sebuah kafe di Jalan Braga menyajikan crème brûlée sejak Sabtu (19/8/2023).", DayOfWeek.Saturday)]
    [InlineData("\"Kami siap,\" kata Kapolres di Mapolres Bogor, Jumat 20/10/2023.", DayOfWeek.Friday)]
    [InlineData("\"Kami siap,\" kata Kapolres di Mapolres Bogor, Jumat, 20/10/23.", DayOfWeek.Friday)]
    [InlineData("\"Kami siap,\" kata Kapolres di Mapolres Bogor, Jumat 20/10/2023).", DayOfWeek.Friday)]
    [InlineData("\"Kami siap,\" kata Kapolres kepada wartawan, senin (16/10/2023).", DayOfWeek.Monday)]
    [InlineData("\"Kami siap,\" kata Kapolres kepada wartawan, SABTU (21/10/2023).", DayOfWeek.Saturday)]
    public void Any_weekday_name_next_to_a_date_is_read_and_checked_against_it(string text, DayOfWeek weekday)
    {
        var clue = Clue(text);
        Assert.Equal(weekday, clue.Mention.Weekday);
        Assert.False(clue.Mention.WeekdayContradicts);
        Assert.Equal(clue.Mention.Form == DateForm.Numeric ? DateShape.Numeric : DateShape.Spelled, clue.Shape);
    }

    [Theory]
    [InlineData("\"Kami siap,\" kata Kapolres kepada wartawan, Jumat (19/8/2023).")] // 19/8/2023 was a Saturday
    [InlineData("KPK memeriksa tiga pejabat pada Senin, 29 Desember 2023.")]           // a Friday
    public void A_weekday_the_calendar_denies_marks_the_date_contradicted(string text)
    {
        var clue = Clue(text);
        Assert.True(clue.Mention.WeekdayContradicts);
        Assert.Equal(DateShape.Contradicted, clue.Shape);
    }

    [Theory]
    [InlineData("Persib menang 2/1 atas Persija di Stadion Si Jalak Harupat.")]
    [InlineData("Sebanyak 3/4 warga desa itu bekerja sebagai petani, kata dia.")]
    [InlineData("Laga berakhir 1-1 pada pekan ini, dua minggu 2/3 jadwal tersisa.")]
    public void A_number_with_slashes_and_no_weekday_or_brackets_is_no_date(string text) =>
        Assert.Empty(DateClues.Find(text, text.Length));

    [Fact]
    public void A_bracketed_date_with_its_weekday_inside_is_read_once() =>
        Assert.Equal(DayOfWeek.Wednesday, Clue("Hal itu disampaikan dalam rapat di Morowali (Rabu, 18/10/2023).").Mention.Weekday);

    [Theory]
    [InlineData("\"Kami siap,\" kata Kapolres kepada wartawan (19/8/2023).", DateShape.NumericBare)]
    [InlineData("KPK memeriksa tiga pejabat pada 29 Desember 2023.", DateShape.SpelledBare)]
    public void A_date_without_a_weekday_has_no_check(string text, DateShape shape)
    {
        var clue = Clue(text);
        Assert.Null(clue.Mention.Weekday);
        Assert.Equal(shape, clue.Shape);
    }

    [Theory]
    [InlineData("\"Kami siap,\" kata Kapolres kepada wartawan, Sabtu (19/8/2023).", "\"Kami siap,\" kata Kapolres kepada wartawan (19/8/2023).")]
    [InlineData("\"Belum ada laporan,\" kata juru bicara saat dihubungi, Jumat, 29 Desember 2023.", "\"Belum ada laporan,\" kata juru bicara saat dihubungi, 29 Desember 2023.")]
    public void An_agreeing_weekday_makes_the_same_sentence_more_confident(string withWeekday, string without)
    {
        var agreeing = Verdict(withWeekday)!;
        var bare = Verdict(without)!;
        Assert.Equal(bare.Date, agreeing.Date);
        Assert.True(agreeing.Confidence > bare.Confidence, $"{agreeing.Confidence} with the weekday, {bare.Confidence} without");
    }

    [Fact]
    public void A_contradicted_date_is_not_used_from_the_text_alone()
    {
        // Which of the two is the typo, the day or the weekday, only the archive's other dates can tell.
        const string lead = "\"Kami siap,\" kata Kapolres kepada wartawan, Jumat (19/8/2023).";
        Assert.Null(Verdict(lead));
        var calendar = new CorpusCalendar([new DateOnly(2023, 8, 18), new DateOnly(2023, 8, 19), new DateOnly(2023, 8, 21)]);
        Assert.Equal(new DateOnly(2023, 8, 19), Verdict(lead, calendar)!.Date);
    }

    [Fact]
    public void A_day_the_story_counts_from_is_not_the_day_of_writing_even_with_its_weekday()
    {
        // "sejak Sabtu": since Saturday, so written after it, and how long after the sentence does not say.
        var since = Verdict("Sebuah kafe di Jalan Braga menyajikan crème brûlée sejak Sabtu (19/8/2023).")!;
        var said = Verdict("\"Menu ini laris,\" kata pemiliknya kepada wartawan, Sabtu (19/8/2023).")!;
        Assert.Equal(DateRole.Past, since.Clue!.Value.Role);
        Assert.True(since.Confidence < DateHabits.Default.Threshold, $"{since.Confidence}");
        Assert.True(said.Confidence >= DateHabits.Default.Threshold, $"{said.Confidence}");
    }
}
