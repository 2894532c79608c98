using SiteGen.Reading.Repair;

namespace SiteGen.Tests.Reading.Repair;

/// <summary>
/// A test per pattern of <see cref="CruftPatterns"/>, each with the shapes of real lines of the corpus (short excerpts),
/// and the text each must leave alone.
/// </summary>
public class CruftPatternsTests
{
    [Theory]
    [InlineData("… ujarnya. Baca Juga Konflik Timur Tengah Memanas")]
    [InlineData("Baca JugaDampak Perang Iran, DPR Usul Rute")]
    [InlineData("… tuturnya Baca Juga JK soal Pernyataan Menag")]
    [InlineData("Baca Juga :")]
    [InlineData("Baca juga:")]
    [InlineData("Baca juga")]
    [InlineData("Baca juga,,“Kami harus membuat keputusan")]
    [InlineData("Baca juga:,Plh Direktur Perlindungan WNI")]
    [InlineData("… Sirkuit Misano tersebut,Baca juga,,“Misano adalah trek")]
    [InlineData("… di Indonesia. (Baca juga: Masyarakat Papua Harus Bisa")]
    [InlineData("BACA JUGA: Judul Lain")]
    public void TeaserLabelFindsTheLabelsOfTeasers(string line) => Assert.Matches(CruftPatterns.TeaserLabel(), line);

    [Theory]
    [InlineData("Anda bisa baca juga bukunya di perpustakaan.")]
    [InlineData("Ia menyarankan, Baca juga buku sejarah.")]
    [InlineData("Baca juga buku sejarah agar paham.")]
    [InlineData("Bacaan juga penting.")]
    public void TeaserLabelLeavesAWritersOwnWordsAlone(string line) => Assert.DoesNotMatch(CruftPatterns.TeaserLabel(), line);

    [Theory]
    [InlineData(" :", " :")]
    [InlineData(":,,“Mereka", ":,,")]
    [InlineData(" Update Gempa", " ")]
    public void AfterTeaserLabelTakesTheColonAndCommasBeforeTheHeadline(string afterLabel, string taken) =>
        Assert.Equal(taken, CruftPatterns.AfterTeaserLabel().Match(afterLabel).Value);

    [Theory]
    [InlineData("Sebelum Disiksa Suami, Tiga Setia Gara Rayakan Ulang Tahun Pernikahan,Ray Sahetapy yang", "Pernikahan,Ray", ",")]
    [InlineData("Update Gempa Hari Ini M 3,6 Guncang Blitar Jatim, Berpusat di Laut", null, null)]
    public void ScraperJoinIsACommaRunIntoTheNextWord(string text, string? around, string? join)
    {
        var m = CruftPatterns.ScraperJoin().Match(text);
        Assert.Equal(join is not null, m.Success);
        if (around is not null) Assert.Equal(text.IndexOf(around, StringComparison.Ordinal) + around.IndexOf(',', StringComparison.Ordinal), m.Index);
    }

    [Theory]
    [InlineData("Sebelumnya", true)]
    [InlineData("Sementara itu", true)]
    [InlineData("Tak hanya itu", true)]
    [InlineData("Di sisi lain", true)]
    [InlineData("Tak", false)] // "… Bengkulu Utara Tak terkait MBG" is a headline's
    [InlineData("Ini", false)] // "… Cacat Hukum, Ini Alasannya"
    public void SentenceOpenersHoldPhrasesThatAHeadlineDoesNot(string phrase, bool listed) =>
        Assert.Equal(listed, CruftPatterns.SentenceOpeners.Contains(phrase));

    [Theory]
    [InlineData("di")]
    [InlineData("usai")]
    [InlineData("saat")]
    [InlineData("vs")]
    public void HeadlineLowerCaseWordsAreTheSmallWordsOfHeadlines(string word) => Assert.Contains(word, (IReadOnlySet<string>)CruftPatterns.HeadlineLowerCaseWords);

    [Theory]
    [InlineData("– Menteri Keuangan Sri Mulyani", "Menteri Keuangan Sri Mulyani")]
    [InlineData("–,gagal meraih tiga poin saat menjamu", "gagal meraih tiga poin saat menjamu")]
    [InlineData("-,merupakan salah satu pesohor Tanah Air", "merupakan salah satu pesohor Tanah Air")]
    [InlineData("-Ford Mustang telah menjadi produk andalan", "Ford Mustang telah menjadi produk andalan")]
    [InlineData(", sebuah resor wisata di tepi Laut Merah", "sebuah resor wisata di tepi Laut Merah")]
    [InlineData(": Menteri", "Menteri")]
    [InlineData("? Sebanyak 94 santriwati", "Sebanyak 94 santriwati")]
    [InlineData("-5 derajat Celsius tercatat", "-5 derajat Celsius tercatat")]
    [InlineData("“Saya yakin,” kata Shoigu", "“Saya yakin,” kata Shoigu")]
    [InlineData("Rusia dan Korea Utara", "Rusia dan Korea Utara")]
    public void LeadStartDebrisIsTheDamagedDatelinesPunctuation(string lead, string cleaned) =>
        Assert.Equal(cleaned, CruftPatterns.LeadStartDebris().Replace(lead, ""));

    [Theory]
    [InlineData("–", true)]
    [InlineData(", - ", true)]
    [InlineData(":", true)]
    [InlineData("-5 derajat", false)]
    [InlineData("– Menteri", false)]
    public void LeadOfDebrisOnlyIsALineOfTheDatelinesRemains(string lead, bool debris) =>
        Assert.Equal(debris, CruftPatterns.LeadOfDebrisOnly().IsMatch(lead));

    [Theory]
    [InlineData("Pembalap Tim Scuderia Ferrari,,antusias menyambut", "Pembalap Tim Scuderia Ferrari,antusias menyambut")]
    [InlineData("Pelatih,, Brendan Rodgers, menatap laga", "Pelatih, Brendan Rodgers, menatap laga")]
    [InlineData("Kerja untuk ,, Simak Persyaratannya", "Kerja untuk , Simak Persyaratannya")]
    public void CommaRunIsOneComma(string line, string tidy) => Assert.Equal(tidy, CruftPatterns.CommaRun().Replace(line, ","));

    [Theory]
    [InlineData("megabintang Juventus,. Dibilang diwaspadai", "megabintang Juventus. Dibilang diwaspadai")]
    [InlineData("Pengakuan Seorang ,: Jangan Menjadi", "Pengakuan Seorang: Jangan Menjadi")]
    [InlineData("berkelas dunia,? kata Arief Yahya", "berkelas dunia,? kata Arief Yahya")]
    [InlineData("kelayakan dan kepatutan (,).", "kelayakan dan kepatutan ().")]
    public void CommaBeforeStopGoes(string line, string tidy) => Assert.Equal(tidy, CruftPatterns.CommaBeforeStop().Replace(line, ""));

    [Theory]
    [InlineData("sebagai berikut:,Terlihat pola bearish", "sebagai berikut: Terlihat pola bearish")]
    [InlineData("September 2019, kemarin.,Menilai hal itu", "September 2019, kemarin. Menilai hal itu")]
    [InlineData("sebagai tersangka?,\" tanya tim hukum", "sebagai tersangka?,\" tanya tim hukum")]
    [InlineData("\"Merdeka!\", teriaknya", "\"Merdeka!\", teriaknya")]
    public void CommaAfterStopIsASpace(string line, string tidy) => Assert.Equal(tidy, CruftPatterns.CommaAfterStop().Replace(line, " "));

    [Theory]
    [InlineData("… per tahun,\" ujarnya.,, memastikan tarif cukai", "… per tahun,\" ujarnya. memastikan tarif cukai")]
    [InlineData("… Kelapa Gading, dan Gambir., \"Pengukuran dilakukan", "… Kelapa Gading, dan Gambir. \"Pengukuran dilakukan")]
    [InlineData("… permainan Liverpool ketika itu., \"Kami membicarakan", "… permainan Liverpool ketika itu. \"Kami membicarakan")]
    [InlineData("… pada 2019.,Dua orang", "… pada 2019. Dua orang")]
    [InlineData("Dr. Ahmad Yani, S.H., M.H., hadir", "Dr. Ahmad Yani, S.H., M.H., hadir")]
    [InlineData("Peneliti Siti Aminah, M.Si., menyebut", "Peneliti Siti Aminah, M.Si., menyebut")]
    [InlineData("PT Bank Rakyat Indonesia Tbk., Jakarta", "PT Bank Rakyat Indonesia Tbk., Jakarta")]
    [InlineData("sayur, buah, dll., yang dijual", "sayur, buah, dll., yang dijual")]
    [InlineData("menang...,\" katanya", "menang...,\" katanya")]
    public void CommaAfterAFullStopGoesUnlessTheStopEndsAnAbbreviation(string line, string tidy) => Assert.Equal(tidy, ScraperCruft.TidyCommas(line));

    [Theory]
    [InlineData("kelayakan dan kepatutan (,).", "kelayakan dan kepatutan.")]
    [InlineData("ribu per kg,” pungkasnya. (,) (,)", "ribu per kg,” pungkasnya.")]
    [InlineData("Indeks Harga Saham Gabungan (IHSG)", "Indeks Harga Saham Gabungan (IHSG)")]
    public void EmptyBracketsGo(string line, string tidy) => Assert.Equal(tidy, CruftPatterns.EmptyBrackets().Replace(line, ""));

    [Theory]
    [InlineData("Pembalap Italia berjuluk , akan membuat", "Pembalap Italia berjuluk, akan membuat")]
    [InlineData("12 Tato , yang Keren Abis", "12 Tato, yang Keren Abis")]
    public void SpaceBeforeCommaGoes(string line, string tidy) => Assert.Equal(tidy, CruftPatterns.SpaceBeforeComma().Replace(line, ","));

    [Theory]
    [InlineData("diakses dari laman,Jumat (13/9/2019)", "diakses dari laman, Jumat (13/9/2019)")]
    [InlineData("ujar dia. Sebelumnya,penahanan dilakukan", "ujar dia. Sebelumnya, penahanan dilakukan")]
    [InlineData("imbuhnya,Fasilitas ini di", "imbuhnya, Fasilitas ini di")]
    [InlineData("merasa keras kepala,\"Bila ada kesalahan", "merasa keras kepala, \"Bila ada kesalahan")]
    [InlineData("pukulan yang mengejutkan,\"katanya.", "pukulan yang mengejutkan,\"katanya.")]
    [InlineData("inflasi Rp3,5 triliun", "inflasi Rp3,5 triliun")]
    public void CommaWithoutSpaceGetsOne(string line, string tidy) => Assert.Equal(tidy, CruftPatterns.CommaWithoutSpace().Replace(line, ", "));

    [Theory]
    [InlineData(", Trump Nyatakan AS Siap Respons Serangan", "Trump Nyatakan AS Siap Respons Serangan")]
    [InlineData("saat Pilkada 2020 nanti.,", "saat Pilkada 2020 nanti.")]
    [InlineData("5 Cara Ampuh Menarik Perhatian ,", "5 Cara Ampuh Menarik Perhatian")]
    [InlineData(",", "")]
    public void CommaAtEndsGoes(string line, string tidy) => Assert.Equal(tidy, CruftPatterns.CommaAtEnds().Replace(line, ""));
}
