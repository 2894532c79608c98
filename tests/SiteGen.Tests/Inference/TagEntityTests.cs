using SiteGen.Model;
using SiteGen.Inference;
using SiteGen.Site;

namespace SiteGen.Tests.Inference;

/// <summary>One tag per entity, in the form the archive writes, and no junk: the rules of issue 14 on small archives.</summary>
public class TagEntityTests
{
    private static Article Article(int n, string title, params string[] paragraphs) => TestArticles.Make($"seeds/{n}.txt", title, paragraphs);

    private static IReadOnlyList<string>[] Tags(params Article[] articles) => TagExtraction.Extract(articles, new TagSettings());

    [Fact]
    public void An_office_before_a_name_is_dropped_and_is_no_tag_alone()
    {
        var tags = Tags(Article(1, "Menpora Imam Nahrawi Diperiksa",
            "Menpora Imam Nahrawi diperiksa penyidik. Imam Nahrawi datang pagi.",
            "Menurut Menpora, pemeriksaan berjalan lancar. Kapolri ikut berkomentar."))[0];
        Assert.Contains("Imam Nahrawi", tags);
        Assert.DoesNotContain(tags, t => t.Contains("Menpora", StringComparison.Ordinal) || t == "Kapolri");
    }

    [Fact]
    public void A_first_name_after_the_full_name_counts_for_it_and_no_article_gets_both()
    {
        var tags = Tags(Article(1, "Imam Nahrawi Mundur",
            "Imam Nahrawi mengundurkan diri. Imam menyebut alasannya pribadi. Imam lalu pulang."))[0];
        Assert.Contains("Imam Nahrawi", tags);
        Assert.DoesNotContain("Imam", tags);
    }

    [Fact]
    public void A_kind_word_before_a_name_the_archive_writes_alone_is_the_same_tag()
    {
        var province = Article(1, "Kabut Asap di Provinsi Riau", "Kabut asap menyelimuti Provinsi Riau. Warga Provinsi Riau mengungsi.");
        var alone = Article(2, "Riau Berkabut", "Riau kembali berkabut. Sekolah di Riau diliburkan. Riau siaga.");
        var tags = Tags(province, alone);
        Assert.Single(tags.SelectMany(t => t).Distinct());
        Assert.Equal(tags[0], tags[1]);
    }

    [Fact]
    public void The_shown_form_is_the_one_the_archive_writes_most_once_it_stands_on_its_own()
    {
        // Two stories write KPK alone, one spells it out once and then writes KPK: readers know it as KPK.
        var defines = Article(1, "KPK Menahan Tersangka",
            "Komisi Pemberantasan Korupsi (KPK) menahan tersangka. KPK menyita mobil. Juru bicara KPK memberi keterangan.");
        var bare1 = Article(2, "KPK Periksa Saksi", "KPK memeriksa saksi. Penyidik KPK bekerja hingga malam. KPK menyita dokumen.");
        var bare2 = Article(3, "KPK Geledah Kantor", "KPK menggeledah kantor dinas. KPK membawa dua koper. Petugas KPK berjaga.");
        var tags = Tags(defines, bare1, bare2);
        Assert.All(tags, t => Assert.Contains("KPK", t));
        Assert.DoesNotContain(tags, t => t.Contains("Komisi Pemberantasan Korupsi"));
    }

    [Fact]
    public void An_abbreviation_every_story_introduces_is_shown_by_its_name()
    {
        // The seed writes Korut ten times but always after introducing Korea Utara (Korut): it stays Korea Utara.
        var tags = Tags(TestArticles.Seed())[0];
        Assert.Contains("Korea Utara", tags);
        Assert.Contains("Rusia", tags);
        Assert.DoesNotContain("Korut", tags);
    }

    [Fact]
    public void A_word_the_archive_writes_in_lowercase_is_a_common_noun_not_a_tag()
    {
        var articles = Enumerable.Range(0, 4).Select(i => Article(i, "Gedung Baru",
            "Gedung itu diresmikan. Warga memadati gedung baru di Bekasi. Bekasi bangga, kata warga Bekasi.")).ToArray();
        var tags = Tags(articles);
        Assert.All(tags, t => Assert.DoesNotContain("Gedung", t));
        Assert.All(tags, t => Assert.Contains("Bekasi", t));
    }

    [Fact]
    public void Amounts_and_roman_numerals_are_no_tags()
    {
        Assert.True(TagCandidateFinder.IsNoTag("usd1", new TagStopWords([])));
        Assert.True(TagCandidateFinder.IsNoTag("rp14066", new TagStopWords([])));
        Assert.True(TagCandidateFinder.IsNoTag("ii", new TagStopWords([])));
        Assert.True(TagCandidateFinder.IsNoTag("xi", new TagStopWords([])));
        Assert.False(TagCandidateFinder.IsNoTag("dc", new TagStopWords([])));
        Assert.False(TagCandidateFinder.IsNoTag("bekasi", new TagStopWords([])));
    }

    [Fact]
    public void A_chain_of_two_names_is_the_two_names()
    {
        // "Presiden Rusia Vladimir Putin": the office goes, and Rusia, a name the archive writes alone, is split off.
        var chain = Article(1, "Putin ke Turki", "Presiden Rusia Vladimir Putin tiba di Ankara. Vladimir Putin disambut hangat. Putin tersenyum.");
        var others = Enumerable.Range(2, 4).Select(i => Article(i, "Rusia", "Rusia menggelar latihan. Rusia mengirim kapal. Kata Vladimir Putin, Rusia siap.")).ToArray();
        var tags = Tags([chain, .. others]);
        Assert.Contains("Vladimir Putin", tags[0]);
        Assert.DoesNotContain(tags[0], t => t.Contains("Rusia Vladimir", StringComparison.Ordinal));
    }

    [Fact]
    public void In_a_large_archive_a_name_on_too_many_articles_is_no_tag_and_shared_tags_come_first()
    {
        // 60 stories name Indonesia; Bekasi is shared by two, Vietnam by one.
        var articles = Enumerable.Range(0, 60).Select(i => Article(i, "Berita",
            i switch
            {
                0 => "Banjir di Bekasi meluas. Warga Bekasi mengungsi ke Indonesia bagian lain. Bekasi siaga, kata Vietnam dan Vietnam.",
                1 => "Banjir di Bekasi meluas. Warga Bekasi mengungsi ke Indonesia bagian lain. Bekasi siaga.",
                _ => $"Rapat di Indonesia digelar. Warga Indonesia datang. Indonesia menyambut Tamu{i} dan Tamu{i} serta Tamu{i}.",
            })).ToArray();
        var tags = Tags(articles);
        Assert.DoesNotContain(tags, t => t.Contains("Indonesia"));
        Assert.Contains("Bekasi", tags[0]);
        Assert.DoesNotContain("Vietnam", tags[0]); // on this story only, and the story has a shared tag
    }
    [Theory]
    [InlineData("komisi pemberatansan korupsi", "komisi pemberantasan korupsi")] // a typo
    [InlineData("kabupaten kotawaringin barat", "kotawaringin barat")] // a word in front
    [InlineData("partai demokrasi perjuangan", "partai demokrasi indonesia perjuangan")] // an inner word left out
    [InlineData("pdi perjuangan", "partai demokrasi indonesia perjuangan")] // words written as their initials
    public void Two_long_forms_of_one_abbreviation_that_are_one_name(string a, string b)
    {
        Assert.True(TagKeys.SameName(a, b));
        Assert.True(TagKeys.SameName(b, a));
    }

    [Theory]
    [InlineData("partai keadilan sejahtera", "penghapusan kekerasan seksual")]
    [InlineData("bank indonesia", "bank rakyat indonesia")] // two words: too short to leave one out
    [InlineData("pdi perjuangan", "partai demokrasi indonesia")]
    public void Two_long_forms_that_mean_different_things(string a, string b) => Assert.False(TagKeys.SameName(a, b));

    [Fact]
    public void A_short_form_of_something_that_is_no_tag_is_none_either()
    {
        // SK is Surat Keputusan, a decree: the matter it rules on may be a tag, the decree is not.
        var tags = Tags(Enumerable.Range(0, 4).Select(i => Article(i, "Gedung Baru",
            "Gedung itu diresmikan. Warga memadati gedung baru di Bekasi. Bekasi bangga, kata warga Bekasi.",
            "Surat Keputusan (SK) itu diteken. SK berlaku bulan depan. Warga menyambut SK tersebut.")).ToArray());
        Assert.All(tags, t => Assert.Contains("Bekasi", t));
        Assert.DoesNotContain(tags, t => t.Contains("SK") || t.Contains("Surat Keputusan"));
    }

    [Fact]
    public void A_word_of_accented_letters_only_is_mojibake_not_a_name()
    {
        // Arabic read in the wrong encoding comes out as capitalised runs of accented Latin letters.
        var tags = Tags(Enumerable.Range(0, 4).Select(i => Article(i, "Gedung Baru",
            "Gedung itu diresmikan. Warga memadati gedung baru di Bekasi. Bekasi bangga, kata warga Bekasi.",
            "Doa dibacakan: Ÿé ÿπŸÜ Ÿàÿ Ÿé. Ÿé ÿπŸÜ Ÿé.")).ToArray());
        Assert.All(tags, t => Assert.Contains("Bekasi", t));
        Assert.DoesNotContain(tags, t => t.Any(x => !x.Any(char.IsAsciiLetter)));
    }
    [Fact]
    public void An_initial_inside_a_name_ends_no_sentence()
    {
        var tags = Tags(Article(1, "Kunjungan Kerja",
            "Menteri BUMN Rini M. Soemarno tiba di Bekasi. Rini M. Soemarno disambut warga. Kata Rini M. Soemarno, kunjungan lancar."))[0];
        Assert.Contains(tags, t => t.StartsWith("Rini M", StringComparison.Ordinal) && t.EndsWith("Soemarno", StringComparison.Ordinal));
        Assert.DoesNotContain("Soemarno", tags);
    }

    [Fact]
    public void A_name_with_its_middle_name_left_out_is_the_same_person_but_a_body_is_not()
    {
        var tags = Tags(
            Article(1, "Kasus Suap", "Penyidik memeriksa Melchias Markus Mekeng. Melchias Mekeng datang pagi. Melchias Markus Mekeng membantah."),
            Article(2, "Kasus Suap", "Status cegah Melchias Markus Mekeng disorot. Melchias Markus Mekeng diam. Melchias Markus Mekeng pulang."),
            Article(3, "Kasus Suap", "Melchias Mekeng diperiksa lagi. Melchias Mekeng membantah. Melchias Mekeng pulang."),
            Article(4, "Kredit", "Kata direksi, Bank Rakyat Indonesia untung. Nasabah Bank Rakyat Indonesia tumbuh. Saham Bank Rakyat Indonesia naik."),
            Article(5, "Suku Bunga", "Kata ekonom, Bank Indonesia menahan suku bunga. Gubernur Bank Indonesia memantau. Cadangan Bank Indonesia naik."));
        Assert.All(tags[..3], t => Assert.Contains("Melchias Markus Mekeng", t));
        Assert.DoesNotContain(tags, t => t.Contains("Melchias Mekeng"));
        Assert.Equal(["Bank Rakyat Indonesia"], tags[3]);
        Assert.Equal(["Bank Indonesia"], tags[4]);
    }
}
