using System.Text;
using SiteGen.Tests.Serve;

namespace SiteGen.Browser.Tests;

/// <summary>
/// The articles the search and keyboard tests write into a temp copy of the repository's site. Each is chosen for
/// one assertion: two mention "banjir" (one tagged Jakarta, one Bandung), one does not, and one holds a word found
/// nowhere else in the site, in its body only, so finding it proves the body is indexed, not just the title.
/// </summary>
public static class SearchCorpus
{
    public sealed record Seed(string FileName, string Date, string[] Tags, string Section, string City, string Title, string Body);

    /// <summary>The word that appears in exactly one article of the site (<see cref="Lumpia"/>), and only in its body.</summary>
    public const string UniqueWord = "lumpia";

    /// <summary>The word of the two flood articles.</summary>
    public const string FloodWord = "banjir";

    /// <summary>The tag that only one of the two flood articles has.</summary>
    public const string NarrowingTag = "Jakarta";

    public static readonly Seed Banjir = new("banjir.txt", "2024-02-10", ["Banjir", "Jakarta"], "Megapolitan", "JAKARTA",
        "Banjir Rendam Ribuan Rumah di Jakarta Timur",
        "Hujan deras sejak dini hari membuat Kali Sunter dan Kali Cipinang meluap, merendam ribuan rumah di Jakarta Timur.\n" +
        "Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak ke posko di masjid terdekat.");

    public static readonly Seed Citarum = new("citarum.txt", "2024-03-05", ["Banjir", "Bandung"], "Nusantara", "BANDUNG",
        "Sungai Citarum Meluap, Warga Bandung Selatan Waspada Banjir",
        "Debit Sungai Citarum naik sejak sore setelah hujan turun di hulu, dan air mulai masuk ke permukiman di Dayeuhkolot.\n" +
        "Pemerintah daerah meminta warga di bantaran sungai menyiapkan tas siaga.");

    public static readonly Seed Gempa = new("gempa.txt", "2024-03-20", ["Gempa"], "Nusantara", "CIANJUR",
        "Gempa Guncang Cianjur",
        "Gempa bermagnitudo 5,1 mengguncang Cianjur pada Rabu pagi dan terasa hingga Sukabumi.\n" +
        "Badan Meteorologi, Klimatologi, dan Geofisika menyatakan gempa tidak berpotensi tsunami.");

    public static readonly Seed Lumpia = new("kuliner.txt", "2024-03-28", ["Kuliner", "Semarang"], "Gaya Hidup", "SEMARANG",
        "Festival Kuliner Semarang Dipadati Pengunjung",
        $"Ribuan pengunjung memadati Kota Lama sejak pagi untuk mencicipi hidangan khas dari puluhan pedagang.\n" +
        $"Antrean terpanjang terlihat di depan gerobak {UniqueWord} yang menjual isian rebung dan udang.");

    public static IReadOnlyList<Seed> All { get; } = [Banjir, Citarum, Gempa, Lumpia];

    /// <summary>Writes the seeds into a temp site's seeds/ folder.</summary>
    public static void WriteInto(RepositoryCopy site)
    {
        foreach (var seed in All)
            RepositoryCopy.WriteAtomically(Path.Combine(site.Root, "seeds", seed.FileName), Text(seed));
    }

    private static string Text(Seed seed) => new StringBuilder()
        .Append("---\n")
        .Append($"date: {seed.Date}\n")
        .Append($"tags: [{string.Join(", ", seed.Tags)}]\n")
        .Append($"section: {seed.Section}\n")
        .Append("---\n")
        .Append(seed.Title).Append('\n')
        .Append($"{seed.City}, iNews.id - ").Append(seed.Body).Append('\n')
        .Append("Editor: Redaksi Uji\n")
        .ToString();
}
