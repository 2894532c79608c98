using SiteGen.Engine;
using SiteGen.Inference;
using SiteGen.Model;
using SiteGen.Reading;

namespace SiteGen.Tests.Inference;

public class MetadataInferenceTests
{
    private const string Body = "JAKARTA, iNews.id - Rapat Kementerian Keuangan digelar di Jakarta Pusat, kata pejabat Kementerian Keuangan, Kamis (27/7/2023).";

    private static MetadataTable Table(string tsv, params string[] files) =>
        MetadataTable.Parse("seeds/_meta.tsv", tsv, files.ToHashSet(), new DiagnosticBag());

    [Fact]
    public void The_seed_is_dated_from_its_text_and_tagged()
    {
        var bag = new DiagnosticBag();
        var seed = Assert.Single(MetadataInference.Apply([TestArticles.Seed()], new SiteSettings(), bag));
        Assert.Equal(new DateOnly(2023, 7, 27), seed.Date);
        Assert.Equal(ValueSource.Text, seed.DateSource);
        Assert.Equal(ValueSource.Text, seed.TagSource);
        Assert.Contains("Rusia", seed.Tags);
        Assert.Contains("Korea Utara", seed.Tags);
        Assert.Equal("/2023/07/27/ngeri-rusia-dan-korut-bakal-perkuat-kerja-sama-pertahanan/", seed.Url);
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void Front_matter_wins_over_the_table_which_wins_over_the_file_name_and_text()
    {
        var fm = TestArticles.Parse("seeds/2023-01-02-a.txt",
            "---\ndate: 2020-05-05\ntags: [Satu]\nsection: Dunia\nslug: dari-fm\n---\nJudul A\n" + Body);
        var table = TestArticles.Make("seeds/2023-01-02-b.txt", "Judul B", Body);
        var fileName = TestArticles.Make("seeds/2023-01-02-c.txt", "Judul C", Body);
        var text = TestArticles.Make("seeds/d.txt", "Judul D", Body);
        var meta = Table("filename\tdate\ttags\tcategory\tslug\n" +
                         "2023-01-02-a.txt\t2021-01-01\tDua\tEkonomi\tdari-tabel\n" +
                         "2023-01-02-b.txt\t2021-01-01\tDua; Tiga\tEkonomi\tdari-tabel\n",
            "2023-01-02-a.txt", "2023-01-02-b.txt", "2023-01-02-c.txt", "d.txt");

        var result = MetadataInference.Apply([fm, table, fileName, text], new SiteSettings(), new DiagnosticBag(), meta);

        Assert.Equal((new DateOnly(2020, 5, 5), ValueSource.FrontMatter), (result[0].Date!.Value, result[0].DateSource));
        Assert.Equal(["Satu"], result[0].Tags);
        Assert.Equal(ValueSource.FrontMatter, result[0].TagSource);
        Assert.Equal(("Dunia", ValueSource.FrontMatter), (result[0].Section, result[0].SectionSource));
        Assert.Equal("dari-fm", result[0].Slug);

        Assert.Equal((new DateOnly(2021, 1, 1), ValueSource.Table), (result[1].Date!.Value, result[1].DateSource));
        Assert.Equal(["Dua", "Tiga"], result[1].Tags);
        Assert.Equal(ValueSource.Table, result[1].TagSource);
        Assert.Equal(("Ekonomi", ValueSource.Table), (result[1].Section, result[1].SectionSource));
        Assert.Equal("dari-tabel", result[1].Slug);

        Assert.Equal((new DateOnly(2023, 1, 2), ValueSource.FileName), (result[2].Date!.Value, result[2].DateSource));
        Assert.Equal(ValueSource.Text, result[2].TagSource);
        Assert.Equal(ValueSource.Text, result[2].SectionSource); // no section declared: the classifier gives one

        Assert.Equal((new DateOnly(2023, 7, 27), ValueSource.Text), (result[3].Date!.Value, result[3].DateSource));
        Assert.Contains("Kementerian Keuangan", result[3].Tags);
    }

    [Fact]
    public void A_file_name_prefix_that_is_no_date_is_a_warning()
    {
        var bag = new DiagnosticBag();
        var article = TestArticles.Make("seeds/2023-02-31-x.txt", "Judul", "Harga cabai naik.");
        var result = Assert.Single(MetadataInference.Apply([article], new SiteSettings(), bag));
        Assert.Null(result.Date);
        Assert.Contains(bag.Sorted(), d => d.Message.Contains("2023-02-31"));
    }

    [Fact]
    public void An_undated_article_gets_a_warning_naming_it()
    {
        var bag = new DiagnosticBag();
        var result = Assert.Single(MetadataInference.Apply([TestArticles.Make("seeds/x.txt", "Judul", "Harga cabai naik.")], new SiteSettings(), bag));
        Assert.Null(result.Date);
        Assert.Equal(ValueSource.None, result.DateSource);
        var d = Assert.Single(bag.Sorted());
        Assert.Equal("seeds/x.txt", d.File);
        Assert.StartsWith("no date found", d.Message);
        Assert.Contains("'date: yyyy-mm-dd' line in its front matter", d.Message);
        Assert.StartsWith("/artikel/", result.Url);
    }

    [Fact]
    public void Year_less_dates_are_placed_by_the_rest_of_the_archive()
    {
        var dated = TestArticles.Make("seeds/a.txt", "Judul A", "Rapat digelar di Jakarta, kata dia, Jumat (20/9/2019).");
        var yearless = TestArticles.Make("seeds/b.txt", "Judul B", "Kilang diserang pada Sabtu (14/9), kata pejabat, Senin (16/9).");
        var result = MetadataInference.Apply([dated, yearless], new SiteSettings(), new DiagnosticBag());
        Assert.Equal(new DateOnly(2019, 9, 16), result[1].Date);
        Assert.Equal(ValueSource.Text, result[1].DateSource);
    }

    [Fact]
    public void Tags_disabled_leaves_tags_empty_but_keeps_declared_ones()
    {
        var settings = new SiteSettings { Tags = new TagSettings { Enabled = false } };
        var declared = TestArticles.Parse("seeds/a.txt", "---\ntags: [Satu]\n---\nJudul\n" + Body);
        var result = MetadataInference.Apply([TestArticles.Seed(), declared], settings, new DiagnosticBag());
        Assert.Empty(result[0].Tags);
        Assert.Equal(ValueSource.None, result[0].TagSource);
        Assert.Equal(["Satu"], result[1].Tags);
    }

    [Fact]
    public void Results_do_not_depend_on_thread_timing()
    {
        var articles = Enumerable.Range(0, 200).Select(i => TestArticles.Make($"seeds/{i:D3}.txt", "Rapat Kementerian Keuangan",
            Body, i % 3 == 0 ? "Kilang diserang pada Sabtu (14/9)." : "Harga cabai naik di Pasar Minggu.")).ToList();
        var first = MetadataInference.Apply(articles, new SiteSettings(), new DiagnosticBag());
        for (var run = 0; run < 3; run++)
        {
            var again = MetadataInference.Apply(articles, new SiteSettings(), new DiagnosticBag());
            for (var i = 0; i < first.Count; i++)
            {
                Assert.Equal(first[i].Date, again[i].Date);
                Assert.Equal(first[i].Tags, again[i].Tags);
                Assert.Equal(first[i].Url, again[i].Url);
            }
        }
        Assert.Equal("/2023/07/27/rapat-kementerian-keuangan-2/", first[1].Url);
    }

    [Fact]
    public void A_date_below_the_confidence_threshold_leaves_the_article_undated_with_a_warning()
    {
        var bag = new DiagnosticBag();
        var feature = TestArticles.Make("seeds/fitur.txt", "Album Baru", "Album kedua band itu dirilis Kamis (5/9/2019) dan langsung laris.");
        var result = Assert.Single(MetadataInference.Apply([feature], new SiteSettings(), bag));
        Assert.Null(result.Date);
        Assert.Null(result.DateConfidence);
        var d = Assert.Single(bag.Sorted());
        Assert.Contains("2019-09-05 (numeric/event/lead 5/9/2019)", d.Message);
        Assert.Contains("below", d.Message);
        // It tells the user how to give the date when the text's guess is right: the line their front matter needs.
        Assert.Contains("add 'date: 2019-09-05' to its front matter", d.Message);

        // A site that accepts more risk says so.
        var lenient = new SiteSettings { Dates = new DateSettings { Confidence = 0.5 } };
        var dated = Assert.Single(MetadataInference.Apply([feature], lenient, new DiagnosticBag()));
        Assert.Equal(new DateOnly(2019, 9, 5), dated.Date);
        Assert.InRange(dated.DateConfidence!.Value, 0.5, DateHabits.Default.Threshold);
        Assert.Equal("numeric/event/lead 5/9/2019", dated.DateReason);

        // Why is told where a report keeps notes ('sitegen list'); a build's report keeps none, and nothing prints it.
        var listed = Assert.Single(MetadataInference.Apply([feature], lenient, new DiagnosticBag(), report: new TagReport { KeepNotes = true }));
        Assert.Equal("numeric/event/lead 5/9/2019", listed.DateReason);
        var built = Assert.Single(MetadataInference.Apply([feature], lenient, new DiagnosticBag(), report: new TagReport()));
        Assert.Equal(dated.Date, built.Date);
        Assert.Equal(dated.DateConfidence, built.DateConfidence);
        Assert.Null(built.DateReason);
    }

    [Fact]
    public void An_archive_with_dated_articles_teaches_itself_the_shift_of_its_spelled_dates()
    {
        // This archive writes a match's day out in full and publishes the morning after: its front matter says so.
        var articles = new List<Article>();
        for (var i = 0; i < 40; i++)
        {
            var match = new DateOnly(2019, 9, 1).AddDays(i % 20);
            var weekday = IndonesianWeekday(match.DayOfWeek);
            articles.Add(TestArticles.Parse($"seeds/{i:D3}.txt",
                $"---\ndate: {match.AddDays(1):yyyy-MM-dd}\n---\nLaga {i}\nTim tamu menang 2-1 atas tuan rumah, {weekday} {match.Day} September 2019 malam WIB."));
        }
        articles.Add(TestArticles.Make("seeds/zzz.txt", "Laga Baru", "Tim tamu menang 3-0 atas tuan rumah, Senin 23 September 2019 malam WIB."));

        var learnt = MetadataInference.Apply(articles, new SiteSettings(), new DiagnosticBag())[^1];
        Assert.Equal(new DateOnly(2019, 9, 24), learnt.Date);
        Assert.Equal(ValueSource.Text, learnt.DateSource);

        var shipped = MetadataInference.Apply(articles, new SiteSettings { Dates = new DateSettings { Learn = false } }, new DiagnosticBag())[^1];
        Assert.NotEqual(new DateOnly(2019, 9, 24), shipped.Date);
    }

    [Fact]
    public void Neighbours_in_file_order_date_an_article_the_text_cannot_when_the_archive_shows_its_order_follows_the_calendar()
    {
        static List<Article> Archive(Func<int, DateOnly> dayOf)
        {
            var articles = new List<Article>();
            for (var i = 0; i < 60; i++)
            {
                var day = dayOf(i);
                var text = i == 32 ? "Harga cabai naik di pasar tradisional." : $"\"Harga cabai naik,\" kata pedagang, {IndonesianWeekday(day.DayOfWeek)} ({day.Day}/{day.Month}/{day.Year}).";
                articles.Add(TestArticles.Make($"seeds/berita_{i:D4}.txt", $"Berita {i}", text));
            }
            return articles;
        }

        // Filed in the order they went out, six a day: the three before it and the three after went out on 5 and 6 September.
        var ordered = Archive(i => new DateOnly(2019, 9, 1).AddDays(i / 6));
        var filled = MetadataInference.Apply(ordered, new SiteSettings(), new DiagnosticBag())[32];
        Assert.Equal(new DateOnly(2019, 9, 6), filled.Date);
        Assert.Equal("neighbours in file order", filled.DateReason);
        Assert.Null(MetadataInference.Apply(ordered, new SiteSettings { Dates = new DateSettings { Neighbours = false } }, new DiagnosticBag())[32].Date);

        // Filed in no order: neighbours do not share a day often enough to be trusted.
        var shuffled = Archive(i => new DateOnly(2019, 9, 1).AddDays(i * 7 % 15));
        Assert.Null(MetadataInference.Apply(shuffled, new SiteSettings(), new DiagnosticBag())[32].Date);
    }

    private static string IndonesianWeekday(DayOfWeek day) =>
        day switch
        {
            DayOfWeek.Monday => "Senin", DayOfWeek.Tuesday => "Selasa", DayOfWeek.Wednesday => "Rabu", DayOfWeek.Thursday => "Kamis",
            DayOfWeek.Friday => "Jumat", DayOfWeek.Saturday => "Sabtu", _ => "Minggu",
        };
}
