using SiteGen.Inference;
using SiteGen.Language;

namespace SiteGen.Tests.Inference;

public class DateHabitsTests
{
    [Fact]
    public void The_shipped_habits_read_back_as_written()
    {
        var first = new StringWriter { NewLine = "\n" };
        DateHabits.Default.Write(first, "kepala");
        var again = new StringWriter { NewLine = "\n" };
        DateHabits.Read(new StringReader(first.ToString())).Write(again, "kepala");
        Assert.Equal(first.ToString(), again.ToString());
        Assert.InRange(DateHabits.Default.Threshold, 0.5, 0.99);
    }

    [Fact]
    public void The_shipped_habits_rank_an_attributed_numeric_date_above_background()
    {
        var h = DateHabits.Default;
        var attributed = h.For(new DateKind(DateShape.Numeric, DateRole.Attributed, false)).Reliability;
        Assert.True(attributed > h.For(new DateKind(DateShape.Numeric, DateRole.Past, false)).Reliability);
        Assert.True(attributed > h.For(new DateKind(DateShape.SpelledBare, DateRole.Plain, false)).Reliability);
        Assert.True(attributed >= h.Threshold);
    }

    [Fact]
    public void A_relative_word_fixes_the_shift_whatever_was_learnt() =>
        Assert.Equal(1, DateHabits.Default.For(new DateKind(DateShape.Numeric, DateRole.Yesterday, true)).Offset);

    [Fact]
    public void A_kind_never_seen_falls_back_to_a_coarser_one()
    {
        var h = DateHabits.Read(new StringReader("threshold\t0.8\nunknown\t0.4\nkind\tnumeric\t0\t0.9\t10\nkind\tnumeric/plain\t1\t0.7\t5\n"));
        Assert.Equal(new KindHabit(1, 0.7, 5), h.For(new DateKind(DateShape.Numeric, DateRole.Plain, true)));
        Assert.Equal(new KindHabit(0, 0.9, 10), h.For(new DateKind(DateShape.Numeric, DateRole.Event, true)));
        Assert.Equal(new KindHabit(0, 0.4, 0), h.For(new DateKind(DateShape.Spelled, DateRole.Event, true)));
        Assert.Equal(0.7, h.Confidence(new DateKind(DateShape.Numeric, DateRole.Plain, false), agrees: true, conflicts: false));
    }

    [Fact]
    public void A_damaged_habits_file_names_its_line() =>
        Assert.Contains("line 2", Assert.Throws<FormatException>(() => DateHabits.Read(new StringReader("threshold\t0.8\nkind\tnumerik\t0\t0.9\t1\n"))).Message);
}
