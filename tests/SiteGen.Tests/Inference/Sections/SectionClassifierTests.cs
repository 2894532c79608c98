using SiteGen.Inference.Sections;
using SiteGen.Model;

namespace SiteGen.Tests.Inference.Sections;

public sealed class SectionClassifierTests
{
    private static readonly HashSet<string> NoIgnored = [];

    private static WordBag Words(string text) => SectionWords.Of(text, [], NoIgnored);

    [Fact]
    public void Words_are_lowercase_letter_runs_without_the_portal_or_mojibake()
    {
        var bag = SectionWords.Of("Timnas Menang 2-0!", ["‚ÄúKJRI langsung, kata dia kepada Okezone.", "Timnas a"], SectionLexicon.Default.Ignored, "iNews.id");
        Assert.Equal(["dia", "kata", "kepada", "kjri", "langsung", "menang", "timnas"], bag.Words);
        Assert.Equal(2, bag.Counts[bag.Words.ToList().IndexOf("timnas")]);
    }

    [Fact]
    public void Each_article_counts_its_own_words_however_long_and_however_many()
    {
        // Letters only, two or more: "ba", "bb", ... for 0, 1, ...
        static string Word(int n) => "b" + (char)('a' + n % 26) + (char)('a' + n / 26 % 26) + (char)('a' + n / 676 % 26);
        var run = new string('a', 70) + "B";
        var many = string.Join(' ', Enumerable.Range(0, 6000).Select(Word));
        var first = SectionWords.Of("Okezone Berita", [$"{run} {run} okezone", "Berita", many], SectionLexicon.Default.Ignored, "Okezone");
        Assert.Equal(2, first.Counts[first.Words.ToList().IndexOf(new string('a', 70) + "b")]);
        Assert.Equal(2, first.Counts[first.Words.ToList().IndexOf("berita")]);
        Assert.DoesNotContain("okezone", first.Words);
        Assert.Equal(6000 + 2, first.Words.Count);

        // The next article starts from nothing, its own portal's words left out however often they come.
        var second = SectionWords.Of("Timnas", ["timnas inews iNews", "Okezone"], NoIgnored, "iNews.id");
        Assert.Equal(["okezone", "timnas"], second.Words);
        Assert.Equal([1, 2], second.Counts);
    }

    [Fact]
    public void The_shipped_model_loads_and_knows_every_default_section()
    {
        var model = BuiltInSectionModel.Counts;
        Assert.Equal(SectionLexicon.Default.Sections.Select(e => e.Slug), model.Sections);
        Assert.True(model.WordCount > 5000);
        Assert.All(Enumerable.Range(0, model.Sections.Count), s => Assert.True(model.Articles(s) > 0));
    }

    [Fact]
    public void Clear_articles_go_where_a_reader_would_put_them_and_say_why()
    {
        var classify = Decide(
            "Liverpool Menang 3-1 atas Arsenal, Salah Cetak Dua Gol. Pelatih Juergen Klopp memuji pemain dan skuad di laga Liga Inggris.",
            "IHSG Ditutup Menguat, Rupiah Naik terhadap Dolar AS. Investor asing membeli saham perbankan di bursa.",
            "Resep Nasi Goreng Sehat untuk Sarapan Keluarga, kaya gizi dan mudah dimasak di rumah.");
        Assert.Equal(["Olahraga", "Ekonomi", "Gaya Hidup"], classify.Select(d => d.Section));
        Assert.All(classify, d => Assert.Equal(SectionOrigin.Text, d.Origin));
        Assert.All(classify, d => Assert.InRange(d.Words.Count, 1, SectionClassifier.ExplainingWords));
        Assert.Subset(new HashSet<string>(Words("Liverpool Menang 3-1 atas Arsenal, Salah Cetak Dua Gol. Pelatih Juergen Klopp memuji pemain dan skuad di laga Liga Inggris.").Words),
            new HashSet<string>(classify[0].Words));
    }

    [Fact]
    public void Declared_sections_win_and_are_spelled_as_the_site_lists_them()
    {
        var d = SectionInference.Apply([new("olahraga", Words("harga saham bursa rupiah")), new("Opini Pembaca", Words("saham"))],
            new SectionSettings(), BuiltInSectionModel.Counts, SectionLexicon.Default);
        Assert.Equal(("Olahraga", SectionOrigin.Declared), (d[0].Section, d[0].Origin));
        Assert.Equal(("Opini Pembaca", SectionOrigin.Declared), (d[1].Section, d[1].Origin));
    }

    [Fact]
    public void An_article_with_no_known_word_goes_to_the_fallback()
    {
        var d = SectionInference.Apply([new(null, Words("qwxz zzyq")), new(null, WordBag.Empty)], new SectionSettings(), BuiltInSectionModel.Counts, SectionLexicon.Default);
        Assert.All(d, x => Assert.Equal(("Umum", SectionOrigin.Fallback), (x.Section, x.Origin)));
    }

    [Fact]
    public void Articles_that_declare_a_section_the_site_does_not_list_teach_it_to_the_others()
    {
        string[] kuliner = ["rendang sate gulai warung kuliner", "sate gulai rendang warung", "warung sate kuliner gulai", "rendang warung gulai sate"];
        var inputs = kuliner.Select(t => new SectionInference.Input("Kuliner Nusantara", Words(t))).ToList();
        inputs.Add(new(null, Words("gulai dan sate di warung")));
        var d = SectionInference.Apply(inputs, new SectionSettings(), BuiltInSectionModel.Counts, SectionLexicon.Default);
        Assert.Equal(("Kuliner Nusantara", SectionOrigin.Text), (d[^1].Section, d[^1].Origin));
    }

    [Fact]
    public void Seed_words_of_the_site_make_a_section_of_their_own()
    {
        var settings = new SectionSettings
        {
            BuiltIn = false,
            List = [new() { Name = "Bulu Tangkis", Slug = "bulu-tangkis", Words = ["smes", "kok", "ganda"] }, new() { Name = "Catur", Words = ["skak", "bidak", "grandmaster"] }],
        };
        var d = SectionInference.Apply([new(null, Words("Grandmaster muda itu skak lawannya")), new(null, Words("Ganda putra juara, smes keras"))],
            settings, BuiltInSectionModel.Counts, SectionLexicon.Default);
        Assert.Equal(["Catur", "Bulu Tangkis"], d.Select(x => x.Section));
    }

    [Fact]
    public void Decisions_do_not_depend_on_the_order_of_the_articles()
    {
        var texts = new[] { "presiden dpr partai", "gol liga pelatih", "film aktris konser", "saham bursa", "bupati kabupaten desa", "allah doa masjid" };
        var labelled = texts.Select((t, i) => new SectionInference.Input(i % 2 == 0 ? null : SectionLexicon.Default.Sections[i].Name, Words(t))).ToList();
        var forward = SectionInference.Apply(labelled, new SectionSettings(), BuiltInSectionModel.Counts, SectionLexicon.Default);
        var reversed = SectionInference.Apply(labelled.AsEnumerable().Reverse().ToList(), new SectionSettings(), BuiltInSectionModel.Counts, SectionLexicon.Default);
        Assert.Equal(forward.Select(d => (d.Section, string.Join(",", d.Words))), reversed.Reverse().Select(d => (d.Section, string.Join(",", d.Words))));
    }

    private static SectionDecision[] Decide(params string[] texts) =>
        SectionInference.Apply([.. texts.Select(t => new SectionInference.Input(null, Words(t)))], new SectionSettings(), BuiltInSectionModel.Counts, SectionLexicon.Default);
}
