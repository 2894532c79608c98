using CsCheck;
using SiteGen.Inference;
using SiteGen.Language;
using SiteGen.Model;

namespace SiteGen.Tests.Properties;

/// <summary>The date readers on arbitrary text: they never throw, and every date they find is one the calendar has.</summary>
public class DateProperties
{
    private static readonly Gen<string> Texts = Gen.OneOf(TextGenerators.DateLikeText, Gen.String);

    [Fact]
    public void EveryDateMentionFoundIsACalendarDateInTheSupportedYears() =>
        Texts.Sample(text =>
        {
            foreach (var m in IndonesianDates.FindMentions(text))
            {
                Assert.InRange(m.Month, 1, 12);
                Assert.InRange(m.Day, 1, m.Year is { } y ? DateTime.DaysInMonth(y, m.Month) : DateTime.DaysInMonth(2024, m.Month));
                if (m.Year is { } year) Assert.InRange(year, IndonesianDates.MinYear, IndonesianDates.MaxYear);
                Assert.InRange(m.Index, 0, text.Length);
                Assert.InRange(m.End, m.Index, text.Length);
            }
            foreach (var w in IndonesianDates.FindRelativeWeekdays(text)) Assert.InRange(w.Index, 0, text.Length);
        }, iter: 4_000);

    [Fact]
    public void AWholeValueReadAsADateIsOneTheCalendarHas() =>
        Texts.Sample(text =>
        {
            if (IndonesianDates.TryParse(text, out var date))
                Assert.Equal(date, DateOnly.ParseExact(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "yyyy-MM-dd"));
        }, iter: 4_000);

    [Fact]
    public void ThePublicationDateInferredFromAnyTextIsInTheSupportedYears() =>
        Gen.Select(Texts, Texts.Array[0, 4]).Sample((title, paragraphs) =>
        {
            var article = new Article { SourcePath = "seeds/tanggal.txt", Title = title, Paragraphs = paragraphs };
            var evidence = DateInference.Analyse(article);
            var calendar = new CorpusCalendar([new DateOnly(2019, 9, 16), new DateOnly(2023, 7, 27)]);
            foreach (var inferred in new[] { DateInference.Infer(article), DateInference.Decide(evidence, DateHabits.Default, calendar)?.Date })
                if (inferred is { } d)
                    // A mention's year is 1900-2099; a relative word moves the day by at most two, and a weekday by three.
                    Assert.InRange(d, new DateOnly(IndonesianDates.MinYear, 1, 1).AddDays(-3), new DateOnly(IndonesianDates.MaxYear, 12, 31).AddDays(4));
        }, iter: 3_000);
}
