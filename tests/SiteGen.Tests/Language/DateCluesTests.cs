using SiteGen.Language;

namespace SiteGen.Tests.Language;

/// <summary>What the sentence around a date says it is. Sentences written for these tests.</summary>
public class DateCluesTests
{
    [Theory]
    [InlineData("\"Kami siap,\" kata pelatih, Senin (16/9/2019).", DateRole.Attributed)]
    [InlineData("Hal itu disampaikan Menteri dalam keterangan tertulis, Senin (16/9/2019).", DateRole.Attributed)]
    [InlineData("Sebanyak 20 rumah rusak di Desa Sukamaju, Senin (16/9/2019).", DateRole.Placed)]
    [InlineData("Gempa terjadi Senin (16/9/2019) pukul 10.00 WIB di lepas pantai.", DateRole.Event)]
    [InlineData("Film itu tayang perdana pada Senin (16/9/2019) di bioskop.", DateRole.Event)]
    [InlineData("Tersangka ditahan sejak Senin (16/9/2019) di rutan polda.", DateRole.Past)]
    [InlineData("Tersangka ditahan pada Senin (16/9/2019) lalu di rutan polda.", DateRole.Past)]
    [InlineData("Sidang akan digelar pada Senin (16/9/2019) di pengadilan.", DateRole.Future)]
    [InlineData("Sidang lanjutan digelar Senin (16/9/2019) mendatang di pengadilan.", DateRole.Future)]
    [InlineData("Cuaca hari ini, Senin (16/9/2019), cerah berawan di Jakarta.", DateRole.Today)]
    [InlineData("Rapat digelar di DPR, Senin kemarin (16/9/2019), hingga sore.", DateRole.Yesterday)]
    [InlineData("Harga cabai Senin (16/9/2019) naik tajam di pasar induk.", DateRole.Plain)]
    public void Reads_the_role_of_a_date_from_its_sentence(string text, DateRole role)
    {
        var clue = Assert.Single(DateClues.Find(text, text.Length));
        Assert.Equal(role, clue.Role);
    }

    [Theory]
    [InlineData("kata dia, Senin (16/9/2019).", DateShape.Numeric)]
    [InlineData("kata dia (16/9/2019).", DateShape.NumericBare)]
    [InlineData("kata dia, Senin 16 September 2019.", DateShape.Spelled)]
    [InlineData("kata dia, 16 September 2019.", DateShape.SpelledBare)]
    [InlineData("kata dia, Senin (17/9/2019).", DateShape.Contradicted)]
    public void Classes_a_date_by_how_it_is_written(string text, DateShape shape) =>
        Assert.Equal(shape, Assert.Single(DateClues.Find(text, text.Length)).Shape);

    [Fact]
    public void Knows_whether_a_date_is_in_the_lead()
    {
        const string text = "Judul\nBanjir melanda, kata warga, Senin (16/9/2019).\nAir surut, kata petugas, Selasa (17/9/2019).";
        var clues = DateClues.Find(text, text.IndexOf('\n', 6));
        Assert.Equal([true, false], clues.Select(c => c.InLead));
    }

    [Fact]
    public void A_date_without_year_or_weekday_is_no_clue() =>
        Assert.Empty(DateClues.Find("Pameran digelar hingga 19 September di Jakarta (16/9).", 100));
}
