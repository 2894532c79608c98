using SiteGen.Inference;
using SiteGen.Model;

namespace SiteGen.Tests.Inference;

public class CorpusAliasesTests
{
    private static readonly TagLexicon Lexicon = new(new TagSettings());

    private static CorpusAliases Learn(IEnumerable<Article> articles, TagLexicon? lexicon = null) =>
        CorpusAliases.Learn(articles.Select(a => TagCandidateFinder.FindIn(a, lexicon ?? Lexicon)).ToList(), lexicon ?? Lexicon);

    private static Article Article(int n, params string[] paragraphs) => TestArticles.Make($"seeds/{n}.txt", "Judul", paragraphs);

    private static IReadOnlyList<string>[] Tags(params Article[] articles) => TagExtraction.Extract(articles, new TagSettings());

    private static Article DefinesKpk(int n) => Article(n,
        "Komisi Pemberantasan Korupsi (KPK) menahan tersangka. Juru bicara KPK menyebut penahanan itu sah.",
        "Penyidik KPK memeriksa saksi di Jakarta.");

    [Fact]
    public void An_abbreviation_defined_in_one_article_counts_as_its_long_form_in_another()
    {
        var elsewhere = Article(2, "Pimpinan KPK menggelar rapat. Hasil rapat KPK diumumkan sore hari.");
        var tags = Tags(DefinesKpk(1), elsewhere);
        Assert.Contains("Komisi Pemberantasan Korupsi", tags[1]);
        Assert.DoesNotContain("KPK", tags[1]);
    }

    [Fact]
    public void An_abbreviation_two_articles_define_differently_stays_with_each_article()
    {
        var party = Article(1, "Partai Keadilan Sejahtera (PKS) menggelar rapat. Kader PKS hadir.");
        var bill = Article(2, "Penghapusan Kekerasan Seksual (PKS) dibahas di parlemen. Rancangan PKS ditunda.");
        var elsewhere = Article(3, "Fraksi lain menolak usulan PKS. Menurut juru bicara, PKS keliru.");
        var aliases = Learn([party, bill, elsewhere]);
        Assert.False(aliases.Abbreviations.ContainsKey("pks"));

        var tags = Tags(party, bill, elsewhere);
        Assert.Contains("Partai Keadilan Sejahtera", tags[0]);
        Assert.Contains("Penghapusan Kekerasan Seksual", tags[1]);
        Assert.Contains("PKS", tags[2]);
    }

    [Fact]
    public void A_typo_in_one_definition_is_not_a_second_meaning()
    {
        var typo = Article(3, "Komisi Pemberatansan Korupsi (KPK) menahan tersangka. KPK menyita mobil.");
        var aliases = Learn([DefinesKpk(1), DefinesKpk(2), typo]);
        Assert.Equal("komisi pemberantasan korupsi", aliases.Abbreviations["kpk"]);
    }

    [Fact]
    public void The_long_form_more_articles_define_wins_even_where_a_typo_of_it_is_written_more()
    {
        // Two articles define KPK alike; one defines it with a typo that four others repeat without defining it.
        var typo = Article(3, "Komisi Pemberatansan Korupsi (KPK) menahan tersangka. KPK menyita mobil.");
        var repeats = Enumerable.Range(4, 4).Select(n => Article(n, "Gedung Komisi Pemberatansan Korupsi dijaga. Komisi Pemberatansan Korupsi diam."));
        var aliases = Learn([DefinesKpk(1), DefinesKpk(2), typo, .. repeats]);
        Assert.Equal("komisi pemberantasan korupsi", aliases.Abbreviations["kpk"]);
    }

    [Fact]
    public void The_abbreviation_must_be_written_as_defined()
    {
        var us = Article(1, "Amerika Serikat (AS) menjatuhkan sanksi. Pejabat AS menyebut sanksi itu tegas.");
        var other = Article(2, "As dan gandar mobil itu patah. Montir mengganti As yang patah.");
        var tags = Tags(us, other);
        Assert.DoesNotContain("Amerika Serikat", tags[1]);
    }

    [Fact]
    public void The_site_s_aliases_win_over_what_articles_define()
    {
        var lexicon = new TagLexicon(new TagSettings { Aliases = new() { ["KPK"] = "Komisi Antirasuah" } });
        var aliases = Learn([DefinesKpk(1)], lexicon);
        Assert.False(aliases.Abbreviations.ContainsKey("kpk"));
        var tags = TagExtraction.Extract([DefinesKpk(1)], new TagSettings { Aliases = new() { ["KPK"] = "Komisi Antirasuah" } });
        Assert.Contains("Komisi Antirasuah", tags[0]);
    }

    private static Article NamesTrump(int n) => Article(n,
        "Presiden Donald Trump menggelar jumpa pers di Gedung Putih. Menurut Trump, sanksi akan diperketat.",
        "Trump juga menyinggung Iran.");

    [Fact]
    public void A_lone_surname_counts_for_the_one_full_name_it_is_short_for()
    {
        var lone = Article(3, "Iran kembali dikritik oleh Trump. Menurut Trump, Teheran keliru.");
        var aliases = Learn([NamesTrump(1), NamesTrump(2), lone]);
        Assert.Equal("donald trump", aliases.Surnames["trump"]);

        var tags = Tags(NamesTrump(1), NamesTrump(2), lone);
        Assert.Contains("Donald Trump", tags[2]);
        Assert.DoesNotContain("Trump", tags[2]);
    }

    [Fact]
    public void A_surname_short_for_two_full_names_is_ambiguous_and_no_tag_alone()
    {
        var father = Article(1, "Presiden ketiga BJ Habibie wafat di Jakarta. Habibie dimakamkan di Kalibata. Warga mengenang Habibie.");
        var father2 = Article(2, "Mantan presiden BJ Habibie dikenal sebagai teknokrat. Habibie lahir di Parepare.");
        var son = Article(3, "Ilham Habibie memimpin perusahaan itu. Menurut Habibie, pesawat itu siap terbang.");
        var son2 = Article(4, "Pengusaha Ilham Habibie hadir. Habibie menyebut proyek itu berjalan.");
        var lone = Article(5, "Warga mengenang Habibie sebagai bapak teknologi. Kampus itu memakai nama Habibie.");
        var aliases = Learn([father, father2, son, son2, lone]);
        Assert.False(aliases.Surnames.ContainsKey("habibie"));
        Assert.Contains("habibie", aliases.Ambiguous);

        // Alone it names nobody in particular; beside a full name it counts for that name.
        var tags = Tags(father, father2, son, son2, lone);
        Assert.DoesNotContain("Habibie", tags[4]);
        Assert.Contains("BJ Habibie", tags[0]);
        Assert.DoesNotContain("Habibie", tags[0]);
    }

    [Fact]
    public void A_word_more_articles_name_alone_than_in_the_full_name_is_a_name_of_its_own()
    {
        var island = Article(1, "Kabut asap menyelimuti Pulau Kalimantan. Kalimantan juga dilanda kekeringan.");
        var island2 = Article(2, "Hujan turun di Pulau Kalimantan. Kalimantan mulai basah.");
        var alone = Enumerable.Range(3, 3).Select(n => Article(n, "Kebakaran hutan terjadi di Kalimantan. Warga Kalimantan mengungsi."));
        var aliases = Learn([island, island2, .. alone]);
        Assert.False(aliases.Surnames.ContainsKey("kalimantan"));
    }

    [Fact]
    public void The_learnt_aliases_do_not_depend_on_the_order_of_the_articles()
    {
        var articles = new[]
        {
            DefinesKpk(1), NamesTrump(2), NamesTrump(3),
            Article(4, "Pimpinan KPK menggelar rapat. Trump mengkritik KPK."),
            Article(5, "Komisi Pemberatansan Korupsi (KPK) menahan tersangka. KPK menyita mobil."),
        };
        var forward = Tags(articles);
        var backward = Tags(articles.Reverse().ToArray()).Reverse().ToArray();
        for (var i = 0; i < articles.Length; i++) Assert.Equal(forward[i], backward[i]);
    }

    [Fact]
    public void A_tag_is_shown_in_the_spelling_most_of_its_mentions_use()
    {
        var tags = Tags(
            Article(1, "Banjir melanda BEKASI. Warga BEKASI mengungsi."),
            Article(2, "Hujan deras mengguyur Bekasi. Jalan di Bekasi tergenang. Wali kota Bekasi meninjau."),
            Article(3, "Bekasi kembali banjir. Sekolah di Bekasi diliburkan."));
        Assert.Contains("Bekasi", tags[0]);
        Assert.DoesNotContain("BEKASI", tags[0]);
    }
}
