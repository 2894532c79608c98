using SiteGen.Language;

namespace SiteGen.Tests.Language;

/// <summary>Datelines of many portals, written for these tests (never copied from an article).</summary>
public class DatelineTests
{
    [Theory]
    [InlineData("JAKARTA, KOMPAS.com - Harga cabai naik.", "JAKARTA", "KOMPAS.com")]
    [InlineData("MOSKOW, iNews.id - Rusia menggelar latihan.", "MOSKOW", "iNews.id")]
    [InlineData("TANJUNG LESUNG, iNews.id – Wisatawan berdatangan.", "TANJUNG LESUNG", "iNews.id")]
    [InlineData("TEMPO.CO, Jakarta - Polisi menangkap dua orang.", "Jakarta", "TEMPO.CO")]
    [InlineData("Liputan6.com, Jakarta - Gempa mengguncang.", "Jakarta", "Liputan6.com")]
    [InlineData("Jakarta, CNN Indonesia -- Presiden meresmikan jalan tol.", "Jakarta", "CNN Indonesia")]
    [InlineData("Jakarta (ANTARA) - Rupiah menguat pagi ini.", "Jakarta", "ANTARA")]
    [InlineData("WASHINGTON (Reuters) — Harga minyak turun.", "WASHINGTON", "Reuters")]
    [InlineData("REPUBLIKA.CO.ID, BANDUNG -- Hujan deras turun.", "BANDUNG", "REPUBLIKA.CO.ID")]
    [InlineData("Bisnis.com, JAKARTA - Saham perbankan menguat.", "JAKARTA", "Bisnis.com")]
    [InlineData("SURABAYA, Gatra - Warga antre minyak goreng.", "SURABAYA", "Gatra")]
    [InlineData("Kumparan, Medan - Banjir surut.", "Medan", "Kumparan")]
    public void Reads_the_place_and_the_portal_in_either_order(string paragraph, string city, string source)
    {
        var d = Dateline.Parse(paragraph);
        Assert.Equal(city, d.City);
        Assert.Equal(source, d.Source);
        Assert.DoesNotContain(source, d.Remainder);
        Assert.True(char.IsUpper(d.Remainder[0]), d.Remainder);
    }

    [Theory]
    [InlineData("detikNews - Menteri meninjau lokasi.", "detikNews")]
    [InlineData("Suara.com - Artis itu menikah.", "Suara.com")]
    [InlineData("iNews.id -Setelah lama ditunggu, jembatan dibuka.", "iNews.id")]
    [InlineData("iNews.id\u00a0- Gubernur meresmikan pasar.", "iNews.id")]
    [InlineData("iNews.id ? Pemain baru diperkenalkan.", "iNews.id")]
    public void Reads_a_portal_alone(string paragraph, string source)
    {
        var d = Dateline.Parse(paragraph);
        Assert.Null(d.City);
        Assert.Equal(source, d.Source);
        Assert.True(char.IsUpper(d.Remainder[0]), d.Remainder);
    }

    [Theory]
    [InlineData("JAKARTA - Pemerintah menaikkan harga.", "JAKARTA")]
    [InlineData("LE BOURGET — Pameran dirgantara dibuka.", "LE BOURGET")]
    [InlineData("Bandar Lampung - Petani panen raya.", "Bandar Lampung")]
    public void Reads_a_place_alone(string paragraph, string city)
    {
        var d = Dateline.Parse(paragraph);
        Assert.Equal(city, d.City);
        Assert.Null(d.Source);
    }

    [Theory]
    [InlineData(", - Sebanyak 94 santri keracunan.")]
    [InlineData(", , - Sebanyak 94 santri keracunan.")]
    [InlineData("- Sebanyak 94 santri keracunan.")]
    [InlineData("– Sebanyak 94 santri keracunan.")]
    [InlineData(" ,  -- Sebanyak 94 santri keracunan.")]
    public void Strips_the_debris_of_a_lost_dateline(string paragraph)
    {
        var d = Dateline.Parse(paragraph);
        Assert.Equal("Sebanyak 94 santri keracunan.", d.Remainder);
        Assert.Null(d.City);
        Assert.Null(d.Source);
    }

    [Theory]
    [InlineData("Sementara itu - menurut polisi - pelaku kabur.")]
    [InlineData("Dalam hal ini, kata dia - semua sepakat.")]
    [InlineData("Harga naik -5 persen dari bulan lalu.")]
    [InlineData("Anak-anak bermain di taman.")]
    [InlineData("Apa kabar? Semua baik.")]
    [InlineData("Presiden meresmikan jalan tol Trans-Jawa di Semarang.")]
    [InlineData("Pertandingan berakhir 2 - 1 untuk tuan rumah.")]
    public void Leaves_a_lead_without_a_dateline_whole(string paragraph)
    {
        var d = Dateline.Parse(paragraph);
        Assert.Equal(paragraph, d.Remainder);
        Assert.Null(d.City);
        Assert.Null(d.Source);
    }

    [Fact]
    public void Two_unknown_names_read_place_first_until_the_site_lists_its_portal()
    {
        var unknown = Dateline.Parse("Warta Kota, Medan - Hujan turun.");
        Assert.Equal(("Warta Kota", "Medan"), (unknown.City, unknown.Source));

        var listed = Dateline.Parse("Warta Kota, Medan - Hujan turun.", PortalNames.With(["Warta Kota"]));
        Assert.Equal(("Medan", "Warta Kota"), (listed.City, listed.Source));
    }

    [Theory]
    [InlineData("KOMPAS.com", "kompas")]
    [InlineData("Kompas", "kompas")]
    [InlineData("TEMPO.CO", "tempo")]
    [InlineData("REPUBLIKA.CO.ID", "republika")]
    [InlineData("CNN Indonesia", "cnnindonesia")]
    [InlineData("iNews.id", "inews")]
    public void Portal_spellings_share_a_stem(string name, string stem) => Assert.Equal(stem, PortalNames.Stem(name));
}
