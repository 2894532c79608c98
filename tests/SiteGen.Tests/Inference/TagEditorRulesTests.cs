using SiteGen.Model;
using SiteGen.Inference;

namespace SiteGen.Tests.Inference;

/// <summary>
/// The rules that make tags what an editor would give (issue 14, the hand-read sample): a headline's subject, first
/// names and nicknames beside the full name, labels, offices and decrees that are no names. Sentences are written the
/// way Indonesian portals write them.
/// </summary>
public class TagEditorRulesTests
{
    private static Article Article(int n, string title, params string[] paragraphs) => TestArticles.Make($"seeds/{n}.txt", title, paragraphs);

    private static IReadOnlyList<string>[] Tags(params Article[] articles) => TagExtraction.Extract(articles, new TagSettings());

    /// <summary>Enough other stories for the archive to weigh how many name something (<see cref="TagRanking.MinArchiveToWeigh"/>).</summary>
    private static Article[] Others(int from) => Enumerable.Range(from, TagRanking.MinArchiveToWeigh).Select(i => Article(i, $"Rapat Warga {i}",
        $"Rapat warga digelar di Balai Desa{i}. Warga Desa{i} datang. Desa{i} ramai.")).ToArray();

    private static readonly string[] DuterteBody =
    [
        "Presiden Filipina Rodrigo Duterte menawarkan hadiah bagi warga yang menangkap penjahat.",
        "Hadiah dari Duterte mencapai satu juta peso. Duterte meminta warga Filipina tidak berbelas kasih.",
        "Menurut Duterte, Filipina harus aman dari penjahat.",
    ];

    private static readonly Article FilipinaFlood = Article(1, "Banjir Melanda Manila",
        "Banjir melanda Filipina. Warga Filipina mengungsi ke tempat tinggi. Filipina menetapkan status siaga.");

    [Fact]
    public void A_name_the_headline_gives_and_the_body_repeats_is_kept_though_no_other_story_shares_it()
    {
        var tags = Tags([Article(0, "Duterte Beri Rp268 Juta bagi Penangkap Penjahat", DuterteBody), FilipinaFlood, .. Others(10)]);
        Assert.Contains("Rodrigo Duterte", tags[0]);
        Assert.Contains("Filipina", tags[0]);
    }

    [Fact]
    public void Without_the_headline_a_name_no_other_story_shares_gives_way_to_a_shared_one()
    {
        var tags = Tags([Article(0, "Hadiah bagi Penangkap Penjahat", DuterteBody), FilipinaFlood, .. Others(10)]);
        Assert.DoesNotContain("Rodrigo Duterte", tags[0]);
        Assert.Contains("Filipina", tags[0]);
    }

    [Fact]
    public void A_name_before_a_colon_in_the_headline_is_in_the_headline()
    {
        var tags = Tags([
            Article(0, "Pajak Progresif Tanah Mau Dihapus, Sri Mulyani: Kita Pelajari",
                "Kementerian Agraria dan Tata Ruang (ATR) berencana menghapus pajak progresif tanah. ATR menilai pajak itu memberatkan.",
                "Menanggapi hal itu, Sri Mulyani akan mempelajari rencana tersebut. Sri Mulyani ditemui di Tangerang."),
            Article(1, "ATR Bagikan Sertifikat", "ATR membagikan sertifikat tanah. ATR menargetkan lima juta sertifikat. Kepala ATR hadir."),
            .. Others(10)]);
        Assert.Contains("Sri Mulyani", tags[0]);
    }

    [Fact]
    public void Of_two_names_in_the_headline_the_first_is_its_subject()
    {
        // Indonesian headlines put the actor first: MNC Sekuritas opens the gallery.
        var tags = Tags([
            Article(0, "MNC Sekuritas Resmikan Galeri Investasi BEI di Unrika",
                "MNC Sekuritas meresmikan Galeri Investasi BEI di Universitas Riau Kepulauan, Batam.",
                "Galeri Investasi BEI itu menjadi yang pertama di kampus tersebut. Mahasiswa bisa membuka rekening di Galeri Investasi BEI.",
                "Mahasiswa Batam diajak MNC Sekuritas mulai berinvestasi."),
            Article(1, "Batam Sambut Investor", "Batam menyambut investor baru. Pemerintah Batam menyiapkan lahan. Batam optimistis."),
            .. Others(10)]);
        Assert.Equal("MNC Sekuritas", tags[0][0]);
    }

    [Fact]
    public void A_common_name_needs_both_the_headline_and_the_lead()
    {
        // KPK is named by 5 of 55 stories (more than 5%, not 10%): the story that names it only from its second paragraph
        // on is not a KPK story, though its headline says KPK.
        var kpk = Enumerable.Range(0, 4).Select(i => Article(i, "KPK Periksa Saksi",
            "KPK memeriksa saksi kasus suap. Penyidik KPK bekerja hingga malam.", "KPK menyita dokumen.")).ToList();
        var late = Article(4, "Mantan Pegawai KPK Buka Usaha Kopi",
            "Seorang mantan pegawai membuka kedai kopi di Bogor. Kedai di Bogor itu ramai. Bogor memang kota kopi.",
            "Ia pernah bekerja di KPK selama sepuluh tahun. KPK, katanya, mengajarinya disiplin.");
        var tags = Tags([.. kpk, late, .. Others(10)]);
        Assert.All(tags.Take(4), t => Assert.Contains("KPK", t));
        Assert.DoesNotContain("KPK", tags[4]);
    }

    [Fact]
    public void A_first_name_beside_the_full_name_is_that_person_though_the_archive_writes_it_alone_more()
    {
        var final = Article(0, "Della/Rizki Juara Vietnam Open 2019",
            "Ganda putri Indonesia, Della Destiara Haris/Rizki Amelia Pradipta, keluar sebagai juara di Vietnam Open.",
            "Della/Rizki memastikan kemenangan atas wakil China. Della/Rizki menang dua set.", "Permainan Della/Rizki tampil menyerang.");
        var others = Enumerable.Range(1, 4).Select(i => Article(i, "Ganda Putri ke Final",
            "Della/Rizki melaju ke final. Della/Rizki mengalahkan unggulan. Pelatih memuji Della.")).ToArray();
        var tags = Tags([final, .. others])[0];
        Assert.Contains("Della Destiara Haris", tags);
        Assert.Contains("Rizki Amelia Pradipta", tags);
        Assert.DoesNotContain("Della", tags);
        Assert.DoesNotContain("Rizki", tags);
    }

    [Fact]
    public void Under_a_headline_that_gives_the_full_name_the_body_may_start_with_the_first_name()
    {
        var tags = Tags(Article(0, "Pelesiran ke Singapura, Mulan Jameela Nikmati Nasi Bungkus",
            "Penyanyi itu tengah berlibur di Singapura. Lewat Insta Story, Mulan mengaku ingin menikmati nasi bungkus.",
            "Mulan mengaku sedang berada di warteg bersama temannya, kata video yang diunggah Mulan Jameela itu.",
            "Mulan Jameela juga menikmati durian di pinggir jalan."))[0];
        Assert.Contains("Mulan Jameela", tags);
        Assert.DoesNotContain("Mulan", tags);
    }

    [Fact]
    public void The_words_after_an_office_that_heads_a_long_run_are_the_person_it_calls_by_name()
    {
        var tags = Tags(Article(0, "Usaha Pembakaran Arang Diprotes Warga",
            "Warga memprotes usaha pembakaran arang di Cilincing. Kepala Dinas Lingkungan Hidup DKI Jakarta Andono Warih mengatakan usaha itu mengganggu.",
            "\"Ada 25 lapak,\" kata Andono saat dikonfirmasi. Andono menegaskan warga sudah berulang kali protes.",
            "Menurut Andono, para pengusaha siap menutup usahanya."))[0];
        Assert.Contains("Andono Warih", tags);
        Assert.DoesNotContain("Andono", tags);
    }

    [Theory]
    [InlineData("Hal itu diutarakan Emil --sapaan akrab Ridwan Kamil-- di Bandung.")]
    [InlineData("Hal itu diutarakan Ridwan Kamil yang akrab disapa Emil di Bandung.")]
    [InlineData("Hal itu diutarakan Emil, sapaan akrab Ridwan Kamil, di Bandung.")]
    [InlineData("Hal itu diutarakan Ridwan Kamil atau akrab disapa Emil di Bandung.")]
    public void A_nickname_the_article_gives_counts_for_the_full_name_and_is_never_a_tag(string definition)
    {
        var tags = Tags(Article(0, "Ridwan Kamil Sebut Dia dan Wakilnya Solid",
            "Gubernur Jawa Barat Ridwan Kamil mengatakan dirinya solid bersama wakilnya.",
            definition, "\"Kami baik-baik saja,\" kata Emil. Emil juga menepis anggapan itu. Sebagai gubernur, Emil membuka komunikasi."))[0];
        Assert.Contains("Ridwan Kamil", tags);
        Assert.DoesNotContain("Emil", tags);
    }

    [Fact]
    public void A_common_noun_before_akrab_disapa_is_no_full_name()
    {
        var tags = Tags(Article(0, "Siap Bantu Pemerintah, Ibas Ungkap Agenda Demokrat",
            "Edhie Baskoro Yudhoyono mengungkap empat agenda Partai Demokrat.",
            "Pria yang akrab disapa Ibas itu mengatakan Demokrat siap membantu. Ibas menyebut agenda pertama ekonomi.",
            "Ibas juga menyinggung pendidikan. Menurut Ibas, Demokrat tetap kritis."))[0];
        Assert.DoesNotContain("Pria", tags);
    }

    [Theory]
    [InlineData("grup g", true)]
    [InlineData("grup a", true)]
    [InlineData("pool b", true)]
    [InlineData("kelas 3", true)]
    [InlineData("golongan iii", true)]
    [InlineData("grup bakrie", false)]
    [InlineData("blok m", false)]
    public void A_label_and_a_letter_or_number_name_a_group_not_an_entity(string key, bool noTag) =>
        Assert.Equal(noTag, TagCandidateFinder.IsNoTag(key, new TagStopWords([])));

    [Fact]
    public void A_group_of_a_tournament_is_no_tag_the_tournament_is()
    {
        var tags = Tags(Article(0, "Hasil Lengkap dan Klasemen Grup G Kualifikasi Piala Asia U-16 2020",
            "Timnas Indonesia U-16 menang di laga terakhir Grup G kualifikasi Piala Asia U-16. Filipina kalah telak.",
            "Klasemen Grup G menempatkan China di puncak. Grup G ditutup Sabtu. Filipina di dasar klasemen."))[0];
        Assert.DoesNotContain("Grup G", tags);
        Assert.Contains("Piala Asia U-16", tags);
    }

    [Fact]
    public void What_an_abbreviation_that_is_no_tag_stands_for_is_none_either()
    {
        var tags = Tags(Article(0, "Pemkot Depok Akan Larang Rokok Elektrik",
            "Pemerintah Kota (Pemkot) Depok akan melarang rokok elektrik. Larangan dimasukkan dalam revisi Peraturan Daerah (Perda) Nomor 3/2014.",
            "Revisi Peraturan Daerah itu dibahas bulan depan. Peraturan Daerah baru berlaku tahun depan di Depok."))[0];
        Assert.Contains("Depok", tags);
        Assert.DoesNotContain(tags, t => t.Contains("Peraturan", StringComparison.Ordinal) || t == "Perda");
    }

    [Fact]
    public void An_abbreviation_of_several_meanings_whose_main_one_is_no_tag_is_none_where_undefined()
    {
        var decrees = Enumerable.Range(1, 3).Select(i => Article(i, "Aturan Baru Terbit",
            "Pemerintah menerbitkan Peraturan Pemerintah (PP) tentang upah. PP itu berlaku bulan depan. Buruh menolak PP tersebut.")).ToArray();
        var party = Article(4, "Muktamar Digelar", "Pimpinan Pusat (PP) Muhammadiyah menggelar rapat. PP menetapkan jadwal. Ketua PP hadir.");
        var bare = Article(0, "Oknum PNS Anggota PP Ditangkap di Kerinci",
            "Seorang oknum PNS anggota PP ditangkap warga di Kerinci. Pelaku bertugas di kantor PP.", "Kepala kantor PP menyerahkan pelaku ke polisi.");
        var tags = Tags([bare, .. decrees, party])[0];
        Assert.DoesNotContain("PP", tags);
        Assert.Contains("Kerinci", tags);
    }

    [Fact]
    public void A_portfolio_left_before_a_name_once_the_office_is_cut_off_is_that_person()
    {
        var minister = Article(0, "Pajak Tanah Dikaji",
            "Menteri Keuangan Sri Mulyani akan mempelajari pajak tanah. Rencana itu, kata Menteri Keuangan Sri Mulyani, perlu dikaji.",
            "Sri Mulyani ditemui di Tangerang.");
        var alone = Enumerable.Range(1, 2).Select(i => Article(i, "Sri Mulyani Bicara APBN",
            "Sri Mulyani memaparkan APBN. Sri Mulyani optimistis. Kata Sri Mulyani, defisit terjaga.")).ToArray();
        var bodies = new[]
        {
            Article(3, "Kementerian Keuangan Rilis Data", "Kementerian Keuangan merilis data. Kementerian Keuangan mencatat surplus. Data Kementerian Keuangan dirilis pagi."),
            Article(4, "Otoritas Jasa Keuangan Awasi Pinjol", "Otoritas Jasa Keuangan mengawasi pinjol. Otoritas Jasa Keuangan memblokir aplikasi. Otoritas Jasa Keuangan siaga."),
        };
        var tags = Tags([minister, .. alone, .. bodies]);
        Assert.Contains("Sri Mulyani", tags[0]);
        Assert.DoesNotContain(tags, t => t.Contains("Keuangan Sri Mulyani"));
    }

    [Fact]
    public void A_surname_ending_a_name_written_with_and_without_the_middle_name_counts_for_the_person()
    {
        var tags = Tags(Article(0, "Status Cegah Melchias Mekeng Disorot",
            "Komisi XI DPR menyoroti status cegah Melchias Markus Mekeng. Mekeng dicegah ke luar negeri.",
            "Menurut pengacara, Mekeng kooperatif. Melchias Mekeng belum berkomentar. Mekeng dijadwalkan hadir."))[0];
        Assert.Contains("Melchias Markus Mekeng", tags);
        Assert.DoesNotContain("Mekeng", tags);
    }

    [Fact]
    public void A_first_name_inside_a_name_built_on_the_full_name_is_the_person()
    {
        var tags = Tags(Article(0, "Film Panjat Tebing Digarap",
            "Lola Amaria melalui rumah produksi Lola Amaria Production menggarap film panjat tebing.",
            "Lola langsung menangani film itu. Lola menggambarkan film lewat cerita atlet. Bagi Lola, film ini menginspirasi."))[0];
        Assert.Contains("Lola Amaria", tags);
        Assert.DoesNotContain("Lola", tags);
    }

    [Fact]
    public void A_name_the_article_calls_by_its_first_word_is_never_split_as_a_chain()
    {
        // Agus is written alone by several stories and Susanto by more: Agus Susanto still is one person.
        var person = Article(0, "BPJS Ketenagakerjaan Raih Penghargaan",
            "BPJS Ketenagakerjaan meraih penghargaan. Direktur Agus Susanto berharap penghargaan memotivasi.",
            "\"Ini wujud apresiasi,\" papar Agus. Agus menambahkan program terus berkembang. Menurut Agus, pekerja terlindungi.");
        var agus = Enumerable.Range(1, 4).Select(i => Article(i, "Agus Menang Lomba", "Agus menang lomba. Agus senang. Agus pulang.")).ToArray();
        var susanto = Enumerable.Range(5, 6).Select(i => Article(i, "Susanto Buka Toko", "Susanto membuka toko. Susanto ramah. Susanto sukses.")).ToArray();
        var tags = Tags([person, .. agus, .. susanto])[0];
        Assert.Contains("Agus Susanto", tags);
        Assert.DoesNotContain("Susanto", tags);
    }

    [Fact]
    public void An_abbreviation_heading_longer_names_stays_its_long_form()
    {
        // DPR heads DPR RI and DPR Papua, each in one story: it is still the DPR where a story writes it alone.
        var alone = Enumerable.Range(2, 3).Select(i => Article(i, "DPR Reses", "DPR memasuki masa reses. DPR kembali bulan depan. Anggota DPR pulang.")).ToArray();
        var tags = Tags([
            Article(0, "DPR Sahkan Undang-Undang", "DPR RI mengesahkan undang-undang. DPR menyetujui revisi. Ketua DPR memimpin sidang."),
            Article(1, "DPR Papua Bersidang", "DPR Papua menggelar sidang. DPR membahas anggaran. Anggota DPR hadir."),
            .. alone]);
        Assert.All(tags.Skip(2), t => Assert.Contains("DPR", t));
    }
}
