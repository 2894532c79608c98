using System.Globalization;
using System.Text;

namespace SiteGen.Tests.Support;

/// <summary>What <see cref="GeneratedCorpus"/> wrote for one article: the oracle tests compare the built site with.</summary>
public sealed record GeneratedArticle(string FileName, string Title, DateOnly? Date, IReadOnlyList<string> Tags, string City, string Editor, string Section);

/// <summary>
/// Writes N seed-format articles, deterministically (a seeded Random): front-matter dates spread over ten years
/// (2014–2023, some undated, many sharing a day), front-matter tags from <see cref="Tags"/> with a skewed popularity,
/// a section, a dateline city and an editor line. Small enough to run in tests, big enough to paginate everything.
/// </summary>
public static class GeneratedCorpus
{
    public const int DefaultSeed = 20230727;
    public static readonly DateOnly FirstDay = new(2014, 1, 1);
    public static readonly DateOnly LastDay = new(2023, 12, 31);

    /// <summary>
    /// Tag spellings and the slug of the page each must land on. Three spellings of Korea Utara differ only in case
    /// and diacritics (one term); "Timur-Tengah" is a different term whose slug collides with "Timur Tengah".
    /// </summary>
    public static readonly IReadOnlyList<(string Name, string Slug)> Tags =
    [
        ("Jakarta", "jakarta"), ("Politik", "politik"), ("Ekonomi", "ekonomi"), ("Korea Utara", "korea-utara"),
        ("Pemilu 2024", "pemilu-2024"), ("Rusia", "rusia"), ("Sepak Bola", "sepak-bola"), ("Banjir", "banjir"),
        ("Timur Tengah", "timur-tengah"), ("Kesehatan", "kesehatan"), ("Pendidikan", "pendidikan"), ("Polri", "polri"),
        ("KPK", "kpk"), ("Ukraina", "ukraina"), ("Gempa", "gempa"), ("Covid-19", "covid-19"), ("Timnas", "timnas"),
        ("Bali", "bali"), ("Papua", "papua"), ("Harga BBM", "harga-bbm"), ("Inflasi", "inflasi"), ("Bursa Saham", "bursa-saham"),
        ("korea utara", "korea-utara"), ("Koréa Utara", "korea-utara"), ("Timur-Tengah", "timur-tengah-2"),
        ("Olimpiade", "olimpiade"), ("Teknologi", "teknologi"), ("Startup", "startup"), ("Mudik", "mudik"), ("Ramadan", "ramadan"),
    ];

    public static readonly IReadOnlyList<string> Cities = ["JAKARTA", "BANDUNG", "SURABAYA", "MEDAN", "MAKASSAR", "DENPASAR"];
    public static readonly IReadOnlyList<string> Editors = ["Rina Wulandari", "Anton Suhartono"];
    public static readonly IReadOnlyList<string> Sections = ["Nasional", "Internasional", "Ekonomi", "Olahraga", "Megapolitan"];

    /// <summary>Writes <paramref name="count"/> articles into <paramref name="seedsFolder"/> and returns what each one says.</summary>
    public static IReadOnlyList<GeneratedArticle> Write(string seedsFolder, int count, int seed = DefaultSeed)
    {
        Directory.CreateDirectory(seedsFolder);
        var random = new Random(seed);
        var span = LastDay.DayNumber - FirstDay.DayNumber + 1;
        var articles = new List<GeneratedArticle>(count);
        for (var i = 0; i < count; i++)
        {
            DateOnly? date = random.NextDouble() < 0.02 ? null : DateOnly.FromDayNumber(FirstDay.DayNumber + random.Next(span));
            var tags = new List<string>();
            var tagCount = 1 + random.Next(4);
            for (var t = 0; t < tagCount; t++)
            {
                // Squaring skews towards the front of the list: a few tags are everywhere, most are rare.
                var name = Tags[(int)(Math.Pow(random.NextDouble(), 2) * Tags.Count)].Name;
                if (!tags.Contains(name)) tags.Add(name);
            }
            var article = new GeneratedArticle(
                FileName: $"gen_{i.ToString("D5", CultureInfo.InvariantCulture)}.txt",
                Title: $"Laporan {i.ToString(CultureInfo.InvariantCulture)}: {tags[0]} dalam sorotan",
                Date: date,
                Tags: tags,
                City: Cities[random.Next(Cities.Count)],
                Editor: Editors[random.Next(Editors.Count)],
                Section: Sections[random.Next(Sections.Count)]);
            File.WriteAllText(Path.Combine(seedsFolder, article.FileName), SeedText(article, random));
            articles.Add(article);
        }
        return articles;
    }

    /// <summary>The expected tag page slugs of an article (its spellings folded into terms).</summary>
    public static IReadOnlySet<string> TagSlugsOf(GeneratedArticle article)
    {
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in article.Tags)
            foreach (var (name, slug) in Tags)
                if (name == tag) slugs.Add(slug);
        return slugs;
    }

    private static string SeedText(GeneratedArticle a, Random random)
    {
        var sb = new StringBuilder();
        sb.Append("---\n");
        if (a.Date is { } d) sb.Append("date: ").Append(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("tags: [").Append(string.Join(", ", a.Tags.Select(t => $"\"{t}\""))).Append("]\n");
        sb.Append("section: ").Append(a.Section).Append('\n');
        sb.Append("---\n");
        sb.Append(a.Title).Append('\n');
        sb.Append(a.City).Append(", iNews.id - ").Append("Berita tentang ").Append(a.Tags[0]).Append(" yang menjadi perhatian warga.\n");
        var paragraphs = 1 + random.Next(3);
        for (var p = 0; p < paragraphs; p++)
            sb.Append("Paragraf ").Append(p + 2).Append(" menjelaskan latar belakang peristiwa dan tanggapan para pihak.\n");
        sb.Append("Editor: ").Append(a.Editor).Append('\n');
        return sb.ToString();
    }
}
