using SiteGen.Reading.Repair;

namespace SiteGen.Tests.Reading.Repair;

/// <summary>
/// The mojibake repair on the shapes found in the real corpus (short excerpts of its lines) and in other archives,
/// and on right text that only looks like it.
/// </summary>
public class MojibakeTests
{
    [Theory]
    // Mac Roman, as in 720 files of the real corpus.
    [InlineData("‚ÄúKami harus tetap realistis,‚Äù ungkap dia.", "“Kami harus tetap realistis,” ungkap dia.")]
    [InlineData("‚Äì Menteri Keuangan", "– Menteri Keuangan")]
    [InlineData("Sapi‚ÄìSawit", "Sapi–Sawit")]
    [InlineData("Jum‚Äôat", "Jum’at")]
    [InlineData("buku ‚ÄòKKN di Desa Penari‚Äô", "buku ‘KKN di Desa Penari’")]
    [InlineData("usia ‚â• 18 tahun", "usia ≥ 18 tahun")]
    [InlineData("menghambat Œ±-glukosidase", "menghambat α-glukosidase")]
    [InlineData("150 ¬µgram/m3", "150 µgram/m3")]
    [InlineData("Pok√©mon", "Pokémon")]
    [InlineData("Luka Modriƒá", "Luka Modrić")]
    [InlineData("elemen air ( Ê∞¥ ), elemen kayu ( Êú® ), elemen api ( ÁÅ´ ), elemen tanah ( Âúü ), dan elemen logam ( Èáë ).",
        "elemen air ( 水 ), elemen kayu ( 木 ), elemen api ( 火 ), elemen tanah ( 土 ), dan elemen logam ( 金 ).")]
    [InlineData("ÿßŸÑŸÑŸá", "الله")]
    [InlineData("ŸàŸéŸäŸéÿ¨ŸíÿπŸéŸÑ", "وَيَجْعَل")]
    [InlineData("Kocak \uF8FFüòÇ\uF8FFüòÇ", "Kocak 😂😂")]
    [InlineData("Cinta ‚ù§Ô∏è", "Cinta ❤️")]
    // Windows-1252, the other common form.
    [InlineData("â€œKamiâ€\u009D dan itâ€™s", "“Kami” dan it’s")]
    [InlineData("SÃ£o Paulo, cafÃ© crÃ¨me", "São Paulo, café crème")]
    [InlineData("Ã‡aÄŸrÄ± Ä°stanbul", "Çağrı İstanbul")]
    [InlineData("Nguyá»…n PhÃº Trá»\u008Dng", "Nguyễn Phú Trọng")]
    [InlineData("Ð’Ð»Ð°Ð´Ð¸Ð¼Ð¸Ñ€ ÐŸÑƒÑ‚Ð¸Ð½", "Владимир Путин")]
    [InlineData("æ\u009D±äº¬", "東京")]
    [InlineData("ðŸ˜‚", "😂")]
    [InlineData("Rp5 â€“ 10 ribu, 30Â°C", "Rp5 – 10 ribu, 30°C")]
    // Latin-1: the C1 controls where Windows-1252 has punctuation.
    [InlineData("\u00E2\u0080\u009CKami\u00E2\u0080\u009D", "“Kami”")]
    // UTF-8 decoded twice.
    [InlineData("itÃ¢â‚¬â„¢s", "it’s")]
    [InlineData("‚Äö√Ñ√¥", "’")]
    public void RepairsMisreadUtf8(string mojibake, string expected) => Assert.Equal(expected, Mojibake.Repair(mojibake));

    [Theory]
    [InlineData("“Saya yakin,” kata Shoigu – setelah bertemu — di Pyongyang…")]
    [InlineData("São Paulo, Çağrı, İstanbul, Kraków, Zürich, Ærø, Øresund, Straße, façade, naïve")]
    [InlineData("東京 서울 العربية עברית Москва Ελλάδα ꦗꦮ ไทย हिन्दी")]
    [InlineData("PELÉ” dan “CAFÉ™” serta “Éric” dan l’école, à…” , café…”")]
    [InlineData("«Ça va», dit-il; «À bientôt»")]
    [InlineData("Ôi! Đà Nẵng, Hồ Chí Minh, Thừa Thiên–Huế")]
    [InlineData("30°C, ½ kilo, €5, Rp3,5 juta, Coca-Cola®, © 2023, 5 × 3 ÷ 2")]
    [InlineData("SÃO PAULO, MÃE, cœur, sœur, ÆRØ")]
    [InlineData("Kocak 😂😂 ❤️ 👍🏽 👨‍👩‍👧")]
    [InlineData("ƒ(x) ≈ 2π, √2 ≠ 1, ∞")]
    public void LeavesRightTextAlone(string text) => Assert.Same(text, Mojibake.Repair(text));

    [Fact]
    public void RealCurlyQuotesBesideMojibakeStayAsTheyAre() =>
        Assert.Equal("“Ya,” katanya. “Tidak,” jawabnya.", Mojibake.Repair("“Ya,” katanya. ‚ÄúTidak,‚Äù jawabnya."));

    [Fact]
    public void EachLineIsJudgedOnItsOwn() =>
        // The first line's tells vouch for its lone –í (Mac Roman for the Russian word В), not for the second line's.
        Assert.Equal("“В”\n–í kota", Mojibake.Repair("‚Äú–í‚Äù\n–í kota"));

    [Fact]
    public void NeverMakesAReplacementCharacter()
    {
        // Bytes that are not valid UTF-8 (a lone lead, a truncated sequence, an overlong form) stay as they are.
        foreach (var text in new[] { "√ x", "‚Ä", "‚Ä x", "Ã", "À¯", "√Ä√", "\u00C0\u0080" })
            Assert.DoesNotContain('\uFFFD', Mojibake.Repair(text));
    }
}
