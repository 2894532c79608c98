using SiteGen.Inference;
using SiteGen.Model;

namespace SiteGen.Tests.Inference;

public class TagExtractionTests
{
    private static IReadOnlyList<string> TagsOf(Article article, TagSettings? settings = null) =>
        TagExtraction.Extract([article], settings ?? new TagSettings())[0];

    [Fact]
    public void The_seed_gets_the_names_a_reader_would_click()
    {
        var tags = TagsOf(TestArticles.Seed());
        Assert.Contains("Rusia", tags);
        Assert.Contains("Korea Utara", tags);
        Assert.True(tags.Count <= 5);
        foreach (var unwanted in new[] { "Editor", "Kemhan", "Korut", "iNews.id", "MOSKOW", "Moskow", "Kedua", "Sebelumnya" })
            Assert.DoesNotContain(unwanted, tags);
    }

    [Fact]
    public void An_abbreviation_in_parentheses_counts_as_its_long_form_across_the_article()
    {
        var article = TestArticles.Make("seeds/a.txt", "Judul",
            "Kementerian Pertahanan (Kemhan) mengumumkan latihan.",
            "Kemhan Rusia menyebut latihan itu rutin. Menurut Kemhan, latihan digelar di Laut Jepang.",
            "Latihan serupa digelar tahun lalu di Laut Jepang.");
        var candidates = TagCandidateFinder.Find(article, new TagLexicon(new TagSettings()));
        var kemhan = Assert.Single(candidates, c => c.Key == "kementerian pertahanan");
        Assert.Equal(3, kemhan.Count);
        Assert.Equal("Kementerian Pertahanan", kemhan.Display);
        Assert.DoesNotContain(candidates, c => c.Key == "kemhan");
        Assert.Contains(candidates, c => c.Key == "rusia");
    }

    [Fact]
    public void Sentence_openers_and_titles_are_not_tags()
    {
        var article = TestArticles.Make("seeds/a.txt", "Judul",
            "Sebelumnya Presiden Joko Widodo meninjau Pelabuhan Tanjung Priok. Kedua pihak sepakat.",
            "Menurut Joko Widodo, Pelabuhan Tanjung Priok harus dibenahi. Pertandingan lain ditunda.");
        var keys = TagCandidateFinder.Find(article, new TagLexicon(new TagSettings())).Select(c => c.Key).ToList();
        Assert.Contains("joko widodo", keys);
        Assert.Contains("pelabuhan tanjung priok", keys);
        Assert.DoesNotContain("sebelumnya", keys);
        Assert.DoesNotContain("presiden", keys);
        Assert.DoesNotContain("kedua", keys);
        Assert.DoesNotContain("menurut joko widodo", keys);
    }

    [Fact]
    public void Stop_words_from_settings_add_to_the_default_list()
    {
        var article = TestArticles.Make("seeds/a.txt", "Rusia dan China",
            "Kapal dari Rusia dan pesawat dari China tiba. Rusia dan China menggelar latihan.");
        Assert.Contains("China", TagsOf(article));
        var tags = TagsOf(article, new TagSettings { StopWords = ["china"] });
        Assert.DoesNotContain("China", tags);
        Assert.Contains("Rusia", tags);
    }

    [Fact]
    public void Aliases_from_settings_map_onto_the_canonical_name()
    {
        var article = TestArticles.Make("seeds/a.txt", "Judul",
            "Korut kembali menembakkan rudal. Korut menyebut uji coba itu sukses, kata pejabat Korut.");
        var tags = TagsOf(article, new TagSettings { Aliases = new() { ["Korut"] = "Korea Utara" } });
        Assert.Equal(["Korea Utara"], tags);
    }

    [Fact]
    public void Spellings_that_differ_in_case_or_diacritics_meet_and_the_commonest_is_shown()
    {
        var article = TestArticles.Make("seeds/a.txt", "Judul",
            "Warga Bogor memadati jalan. Polisi di BOGOR berjaga.",
            "Wali kota Bogor meminta warga Bógor tertib.");
        var c = Assert.Single(TagCandidateFinder.Find(article, new TagLexicon(new TagSettings())), c => c.Key == "bogor");
        Assert.Equal(4, c.Count);
        Assert.Equal("Bogor", c.Display);
    }

    [Fact]
    public void The_dateline_city_and_the_portal_are_no_tags()
    {
        var article = TestArticles.Make("seeds/a.txt", "Banjir Jakarta",
            "JAKARTA, Okezone.com - Banjir melanda Jakarta dan Bekasi. Jakarta lumpuh, Bekasi juga.");
        var tags = TagsOf(article);
        Assert.DoesNotContain("Jakarta", tags);
        Assert.DoesNotContain("Okezone.com", tags);
        Assert.Contains("Bekasi", tags);
    }

    [Fact]
    public void Rare_names_rank_above_names_every_article_has()
    {
        var articles = Enumerable.Range(0, 6).Select(i => TestArticles.Make($"seeds/{i}.txt", "Judul",
            i == 0
                ? "Laga antara Indonesia dan Vietnam digelar. Pemain dari Indonesia unggul atas Vietnam. Suporter dari Indonesia senang."
                : "Rapat di Indonesia digelar. Warga dari Indonesia datang.")).ToList();
        var tags = TagExtraction.Extract(articles, new TagSettings { Max = 1 });
        Assert.Equal(["Vietnam"], tags[0]);
        Assert.Equal(["Indonesia"], tags[1]);
    }

    [Fact]
    public void Keeps_at_most_max_and_nothing_when_disabled()
    {
        var seed = TestArticles.Seed();
        Assert.Equal(2, TagsOf(seed, new TagSettings { Max = 2 }).Count);
        Assert.Empty(TagsOf(seed, new TagSettings { Enabled = false }));
    }

    [Fact]
    public void The_order_is_stable_across_runs()
    {
        var seed = TestArticles.Seed();
        var first = TagsOf(seed);
        for (var i = 0; i < 5; i++) Assert.Equal(first, TagsOf(seed));
    }

    [Fact]
    public void Respelling_changes_no_figure_the_ranking_counts()
    {
        // The ranking's figures are counted over the candidates before respelling (TagExtraction.Choose): they must be
        // the respelled candidates' too. These articles respell (BEKASI, a part of a name, an abbreviation written alone).
        var lexicon = new TagLexicon(new TagSettings());
        Article Make(int n, string text) => TestArticles.Make($"seeds/{n}.txt", "Judul", text);
        var findings = new[]
        {
            Make(1, "Banjir melanda BEKASI. Warga BEKASI mengungsi. Donald Trump berkunjung."),
            Make(2, "Hujan deras mengguyur Bekasi. Jalan di Bekasi tergenang. Trump menelepon."),
            Make(3, "Komisi Pemberantasan Korupsi (KPK) menahan tersangka. KPK menyita mobil di Bekasi."),
            Make(4, "Pimpinan KPK menggelar rapat. KPK menolak. Trump berkomentar tentang KPK."),
            Make(5, "Pimpinan KPK menggelar rapat lagi. KPK diam. Donald Trump menanggapi."),
            TestArticles.Seed(),
        }.Select(a => TagCandidateFinder.FindIn(a, lexicon)).ToList();
        var aliases = CorpusAliases.Learn(findings, lexicon);
        var mapped = findings.Select(aliases.Apply).ToList();
        var votes = new TagSpellings.Tally();
        foreach (var candidates in mapped) votes.Add(candidates);
        var spellings = votes.Spellings();
        var spelled = mapped.Select(spellings.Apply).ToList();
        Assert.Contains(spelled.Zip(mapped), pair => !ReferenceEquals(pair.First, pair.Second)); // something was respelled

        var before = new Dictionary<string, TagRanking.KeyFigures>(StringComparer.Ordinal);
        var after = new Dictionary<string, TagRanking.KeyFigures>(StringComparer.Ordinal);
        foreach (var candidates in mapped) TagRanking.CountFigures(before, candidates);
        foreach (var candidates in spelled) TagRanking.CountFigures(after, candidates);
        Assert.Equal(before.OrderBy(p => p.Key, StringComparer.Ordinal), after.OrderBy(p => p.Key, StringComparer.Ordinal));
    }
}
