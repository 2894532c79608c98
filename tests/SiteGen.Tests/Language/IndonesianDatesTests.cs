using SiteGen.Language;

namespace SiteGen.Tests.Language;

public class IndonesianDatesTests
{
    [Theory]
    [InlineData("kata dia, Kamis (27/7/2023).", 2023, 7, 27, DayOfWeek.Thursday, DateForm.Numeric)]
    [InlineData("kata dia, Kamis (27/07/23).", 2023, 7, 27, DayOfWeek.Thursday, DateForm.Numeric)]
    [InlineData("pada Jumat, 29 Desember 2023 di Jakarta", 2023, 12, 29, DayOfWeek.Friday, DateForm.Spelled)]
    [InlineData("terbit 29 Des 2023.", 2023, 12, 29, null, DateForm.Spelled)]
    [InlineData("terbit 29 Desember 2023.", 2023, 12, 29, null, DateForm.Spelled)]
    [InlineData("digelar (Rabu, 18/9/2019) malam", 2019, 9, 18, DayOfWeek.Wednesday, DateForm.Numeric)]
    [InlineData("Senin malam (9/9/2019)", 2019, 9, 9, DayOfWeek.Monday, DateForm.Numeric)]
    [InlineData("ujarnya, Jum'at (13/9/2019).", 2019, 9, 13, DayOfWeek.Friday, DateForm.Numeric)]
    public void Recognises_each_form(string text, int year, int month, int day, DayOfWeek? weekday, DateForm form)
    {
        var m = Assert.Single(IndonesianDates.FindMentions(text));
        Assert.Equal(new DateOnly(year, month, day), m.Date);
        Assert.Equal(weekday, m.Weekday);
        Assert.Equal(form, m.Form);
        Assert.False(m.WeekdayContradicts);
    }

    [Fact]
    public void A_mention_spans_its_weekday()
    {
        const string text = "kata dia, Kamis (27/7/2023).";
        var m = Assert.Single(IndonesianDates.FindMentions(text));
        Assert.Equal("Kamis (27/7/2023)", text.Substring(m.Index, m.Length));
    }

    [Fact]
    public void A_date_without_year_keeps_day_month_and_weekday()
    {
        var m = Assert.Single(IndonesianDates.FindMentions("pada Sabtu (14/9) itu"));
        Assert.Null(m.Year);
        Assert.Equal((14, 9), (m.Day, m.Month));
        Assert.Equal(DayOfWeek.Saturday, m.Weekday);
        Assert.True(m.FitsWeekdayIn(2019));
        Assert.False(m.FitsWeekdayIn(2020));
    }

    [Theory]
    [InlineData("pada (31/2/2023) itu")]
    [InlineData("pada 31 Februari 2023 itu")]
    [InlineData("pada (29/2/2023) itu")]
    [InlineData("pada (12/13/2023) itu")]
    [InlineData("pada (0/5/2023) itu")]
    [InlineData("Jumat (20/9/2109)")]
    public void What_the_calendar_refuses_is_no_date(string text) => Assert.Empty(IndonesianDates.FindMentions(text));

    [Fact]
    public void The_29th_of_February_stands_in_a_leap_year() =>
        Assert.Equal(new DateOnly(2024, 2, 29), Assert.Single(IndonesianDates.FindMentions("pada (29/2/2024)")).Date);

    [Fact]
    public void A_weekday_contradicting_the_date_is_flagged()
    {
        var m = Assert.Single(IndonesianDates.FindMentions("kata dia, Selasa (11/9/2019)."));
        Assert.Equal(new DateOnly(2019, 9, 11), m.Date);
        Assert.True(m.WeekdayContradicts); // 11 September 2019 was a Wednesday
    }

    [Fact]
    public void Lowercase_minggu_means_week_not_sunday()
    {
        var m = Assert.Single(IndonesianDates.FindMentions("sejak minggu (16/9/2019) lalu"));
        Assert.Null(m.Weekday);
    }

    [Theory]
    [InlineData("Selasa 10 September 2019 kemarin.", RelativeWord.Yesterday)]
    [InlineData("Senin kemarin (16/9/2019)", RelativeWord.Yesterday)]
    [InlineData("pada Rabu (18/9) lalu, Imam", RelativeWord.Past)]
    [InlineData("cuaca hari ini, Kamis (12/9/2019), cerah", RelativeWord.Today)]
    [InlineData("ada juga besok, Kamis 12 September 2019", RelativeWord.Tomorrow)]
    [InlineData("Sabtu 14 September lusa.", RelativeWord.DayAfterTomorrow)]
    [InlineData("Kamis 19 September 2019 dini hari WIB", RelativeWord.EarlyHours)]
    [InlineData("kata dia, Kamis (12/9/2019).", RelativeWord.None)]
    public void Reads_the_relative_word_next_to_a_date(string text, RelativeWord expected) =>
        Assert.Equal(expected, Assert.Single(IndonesianDates.FindMentions(text)).Relative);

    [Theory]
    [InlineData("2023-07-27", 2023, 7, 27)]
    [InlineData("2023-07-27T10:00:00+07:00", 2023, 7, 27)]
    [InlineData("27 Juli 2023", 2023, 7, 27)]
    [InlineData("Kamis, 27/7/2023", 2023, 7, 27)]
    [InlineData("27/07/23", 2023, 7, 27)]
    public void Parses_a_whole_value(string value, int year, int month, int day)
    {
        Assert.True(IndonesianDates.TryParse(value, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2023-02-31")]
    [InlineData("kemarin")]
    [InlineData("27 Juli")]
    [InlineData("Jumat, 27/7/2023")] // 27 July 2023 was a Thursday
    [InlineData("sekitar 27 Juli 2023 atau sesudahnya")]
    public void Refuses_what_is_not_one_date(string value) => Assert.False(IndonesianDates.TryParse(value, out _));

    [Theory]
    [InlineData("Harga emas pada perdagangan hari ini, Senin naik.", DayOfWeek.Monday, RelativeWord.Today)]
    [InlineData("Selasa kemarin, IHSG ditutup melemah.", DayOfWeek.Tuesday, RelativeWord.Yesterday)]
    [InlineData("IHSG diprediksi menguat pada perdagangan Rabu ini.", DayOfWeek.Wednesday, RelativeWord.Today)]
    public void Finds_weekdays_placed_by_a_relative_word(string text, DayOfWeek weekday, RelativeWord relative)
    {
        var w = Assert.Single(IndonesianDates.FindRelativeWeekdays(text));
        Assert.Equal((weekday, relative), (w.Weekday, w.Relative));
    }

    [Theory]
    [InlineData("\"Kejadiannya Sabtu, kemarin. Dia tidak memakai helm,\" kata dia.")] // counts from the day the speaker spoke
    [InlineData("Jalan Raya Pasar Minggu macet.")]
    [InlineData("pada hari Rabu ada rapat.")]
    [InlineData("hari ini, Senin (16/9/2019) ada rapat.")] // has its own date
    public void Leaves_other_weekdays_alone(string text) => Assert.Empty(IndonesianDates.FindRelativeWeekdays(text));

    [Fact]
    public void DigitsOfOtherScriptsAreNotReadAsDates()
    {
        // U+A8D9 is a Saurashtra digit: Regex's \d matches it, int.Parse refuses it. Found by the property tests.
        Assert.Empty(IndonesianDates.FindMentions("Kamis (\uA8D9/7/2023) dan 2\uA8D9 Juli 2023."));
    }
}
