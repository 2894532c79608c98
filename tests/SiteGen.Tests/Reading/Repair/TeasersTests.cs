using SiteGen.Reading.Repair;

namespace SiteGen.Tests.Reading.Repair;

/// <summary>Where <see cref="Teasers"/> ends a teaser's headline, on the shapes of the real corpus's teasers.</summary>
public class TeasersTests
{
    private static List<string> Remove(string paragraph, string? article = null) => Teasers.Remove(paragraph, article ?? paragraph);

    [Theory]
    [InlineData("Baca Juga BGN Pastikan Kematian Siswa di Bengkulu Utara Tak terkait MBG")]
    [InlineData("Baca JugaPurbaya Pastikan APBN Tak Jebol meski Tanggung Utang Whoosh")]
    [InlineData("Baca Juga :")]
    [InlineData("Baca juga")]
    [InlineData("Baca juga:,Baca juga:")]
    public void ATeaserOnItsOwnLineLeavesNothing(string line) => Assert.Empty(Remove(line));

    [Theory]
    // The story resumes at an opening quote.
    [InlineData("Baca Juga ABK Fandi Lolos Hukuman Mati Kasus Sabu 2 Ton, Komisi III DPR: Kami Benar-Benar Lega \"Kami tidak bisa mengintervensi,\" kata dia.",
        "\"Kami tidak bisa mengintervensi,\" kata dia.")]
    [InlineData("Baca JugaVidi Aldiano Meninggal di Usia 35 Tahun, Sempat Tulis Pesan Menyentuh Hadiah Tuhan\"Happy anniversary to the one,\" tulis Vidi.",
        "\"Happy anniversary to the one,\" tulis Vidi.")]
    // At a sentence opener.
    [InlineData("Baca Juga Pemerintah Fokus Lindungi WNI di Timur Tengah, Tunda Bahas Board of Peace Sementara itu pada poin nomor 16, disebutkan bahwa Gaza aman.",
        "Sementara itu pada poin nomor 16, disebutkan bahwa Gaza aman.")]
    [InlineData("Baca Juga Kementerian PKP segera Bangun 18 Tower Rusun Subsidi di Meikarta Tahun Ini Menurut Menteri PKP, pembangunan rumah susun berpotensi.",
        "Menurut Menteri PKP, pembangunan rumah susun berpotensi.")]
    // After a headline's closing "!".
    [InlineData("Baca Juga Kapolri Serukan Buruh Bersatu Hadapi Tantangan Global: Kita Harus Solid! Di sisi lain, kata Sigit, kegiatan ini juga bagian dari upaya.",
        "Di sisi lain, kata Sigit, kegiatan ini juga bagian dari upaya.")]
    // At the subject of the first plain sentence.
    [InlineData("Baca Juga Update Gempa Hari Ini M 3,6 Guncang Blitar Jatim, Berpusat di Laut BMKG menyarankan masyarakat yang berada di wilayah terdampak.",
        "BMKG menyarankan masyarakat yang berada di wilayah terdampak.")]
    [InlineData("Baca Juga SBY, JK hingga Boediono Hadiri Pemakaman Try Sutrisno di TMP Kalibata JK kembali menegaskan tidak ada maksud tertentu.",
        "JK kembali menegaskan tidak ada maksud tertentu.")]
    // At the comma the scraper joined the link's text with.
    [InlineData("Baca juga: Sebelum Disiksa Suami, Tiga Setia Gara Rayakan Ulang Tahun Pernikahan,Ray Sahetapy yang sudah menganggap Tiga Setia Gara sebagai anak.",
        "Ray Sahetapy yang sudah menganggap Tiga Setia Gara sebagai anak.")]
    // Right away, where the link was dropped and only its comma is left.
    [InlineData("Baca juga:,,“Mereka adalah tim yang selalu sangat kompetitif,” kata dia.", "“Mereka adalah tim yang selalu sangat kompetitif,” kata dia.")]
    [InlineData("Baca Juga:,Di sela-sela penyuluhan itu, Ibu Negara memberikan pertanyaan.", "Di sela-sela penyuluhan itu, Ibu Negara memberikan pertanyaan.")]
    public void TheStoryResumesAfterTheHeadline(string paragraph, string story) => Assert.Equal([story], Remove(paragraph));

    [Fact]
    public void TheSubjectWidensToANameThatRecursInTheArticle()
    {
        const string paragraph = "Baca JugaVidi Aldiano Meninggal Sebulan usai Anniversary Pernikahan, Janji Habiskan Sisa Hidup Bersama Sheila Vidi Aldiano saat menjalani perawatan kanker di Penang.";
        const string article = "Penyanyi Vidi Aldiano meninggal dunia.\n" + paragraph;
        Assert.Equal(["Vidi Aldiano saat menjalani perawatan kanker di Penang."], Remove(paragraph, article));
    }

    [Fact]
    public void ATeaserBetweenTwoParagraphsRunTogetherSeparatesThemAgain() =>
        Assert.Equal(
            ["Keputusan ini sedang disiapkan,\" ujarnya.", "Sebelumnya, Ketua Komisi VIII DPR Marwan Dasopang meminta pemerintah bersiap."],
            Remove("Keputusan ini sedang disiapkan,\" ujarnya. Baca Juga Konflik Timur Tengah Memanas, DPR Minta Skenario Terburuk Haji dan Umrah Disiapkan Sebelumnya, Ketua Komisi VIII DPR Marwan Dasopang meminta pemerintah bersiap."));

    [Fact]
    public void AParenthesisedTeaserGoesWithItsBrackets() =>
        Assert.Equal(
            ["Program itu dibahas di Indonesia.", "\"Salah satu prioritas saya adalah sinkronisasi,\" katanya."],
            Remove("Program itu dibahas di Indonesia. (Baca juga: Masyarakat Papua Harus Bisa Maksimalkan Otsus untuk Kesejahteraan),\"Salah satu prioritas saya adalah sinkronisasi,\" katanya."));

    [Fact]
    public void AHeadlineWithAQuotedPhraseKeepsItsQuotes() =>
        Assert.Equal(["Sementara itu, rapat berlanjut."], Remove("Baca Juga Jokowi Sebut \"Revolusi Mental\" Berhasil Sementara itu, rapat berlanjut."));

    [Fact]
    public void AParagraphWithoutATeaserIsOnePiece() =>
        Assert.Equal(["Anda bisa baca juga bukunya."], Remove("Anda bisa baca juga bukunya."));
}
