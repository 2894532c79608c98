using SiteGen.Inference.Sections;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Inference.Sections;

/// <summary>
/// The training script of the built-in section model (<c>src/SiteGen/Inference/Sections/sections-model.tsv</c>): word
/// counts per section from the Okezone and SINDOnews articles of the real corpus (CLICK-ID, CC BY 4.0), never the iNews
/// files, keeping words that at least <see cref="MinimumArticles"/> articles use.
/// The test checks the shipped file is exactly what training gives; <c>SITEGEN_UPDATE_SECTION_MODEL=1</c> rewrites it.
/// </summary>
public class SectionModelTraining
{
    public const int MinimumArticles = 2;

    public static readonly string[] Header =
    [
        "sections-model.tsv: how often each word occurs in the articles of each default section (see sections-id.txt).",
        "Learnt from the Okezone and SINDOnews articles of CLICK-ID: Andika William, Yunita Sari, \"CLICK-ID: A novel dataset",
        "for Indonesian clickbait headlines\", Data in Brief 32 (2020) 106231, doi:10.17632/k42j7x2kpn.1, licensed CC BY 4.0.",
        "The articles themselves are not here, only these counts. Made by tests/SiteGen.Tests/Inference/Sections/SectionModelTraining.cs",
        "(SITEGEN_UPDATE_SECTION_MODEL=1 dotnet test --filter SectionModelTraining); words used by fewer than 2 articles are left out.",
    ];

    /// <summary>Counts learnt from <paramref name="items"/>, in the default sections' order.</summary>
    internal static SectionCounts Train(IEnumerable<LabelledCorpus.Item> items, int minimumArticles = MinimumArticles)
    {
        var counts = new SectionCounts();
        foreach (var e in SectionLexicon.Default.Sections) counts.Section(e.Slug);
        var articlesUsing = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            counts.AddArticle(counts.IndexOf(item.Section), item.Words);
            foreach (var w in item.Words.Words) articlesUsing[w] = articlesUsing.GetValueOrDefault(w) + 1;
        }
        counts.RemoveWords(w => articlesUsing[w] < minimumArticles);
        return counts;
    }

    private static string ShippedPath => Path.Combine(RepoPaths.Root, "src", "SiteGen", "Inference", "Sections", "sections-model.tsv");

    [RealCorpusFact]
    public void Shipped_model_is_what_training_on_the_licensed_files_gives()
    {
        var corpus = LabelledCorpus.Require();
        var trained = SectionModelFile.Write(Train(corpus.Of(LabelledCorpus.LicensedPortals)), Header);
        if (Environment.GetEnvironmentVariable("SITEGEN_UPDATE_SECTION_MODEL") == "1")
            File.WriteAllText(ShippedPath, trained);
        Assert.True(trained == File.ReadAllText(ShippedPath),
            "sections-model.tsv is not what training gives; run SITEGEN_UPDATE_SECTION_MODEL=1 dotnet test --filter SectionModelTraining and review the diff");
    }
}
