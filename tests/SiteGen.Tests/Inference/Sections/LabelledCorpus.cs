using SiteGen.Inference.Sections;

namespace SiteGen.Tests.Inference.Sections;

/// <summary>
/// The real corpus with each article's true section (its portal category in <c>INDEX.tsv</c>, mapped by
/// <c>SECTIONS.tsv</c>) and its words as the classifier counts them. Measurement data only: nothing here is copied into
/// the project except the counts <see cref="SectionModelTraining"/> learns from the Okezone and SINDOnews files.
/// </summary>
internal sealed record LabelledCorpus(IReadOnlyList<LabelledCorpus.Item> Items)
{
    /// <param name="Portal">okezone, sindonews or inews (from the file name).</param>
    /// <param name="Section">The true section's slug (<c>gaya-hidup</c>).</param>
    public sealed record Item(string FileName, string Portal, string Section, WordBag Words);

    private static readonly Lazy<LabelledCorpus?> Instance = new(Load);

    public static LabelledCorpus? Find() => Instance.Value;

    /// <summary>The corpus, for a <see cref="RealCorpusFactAttribute"/> test; a failed test when it is missing (only under CI).</summary>
    public static LabelledCorpus Require() => Find() ?? throw RealCorpus.MissingUnderCi();

    /// <summary>The portals whose files may teach a model that ships (CLICK-ID, CC BY 4.0); never the iNews files.</summary>
    public static readonly string[] LicensedPortals = ["okezone", "sindonews"];

    public IReadOnlyList<Item> Of(params string[] portals) => [.. Items.Where(i => portals.Contains(i.Portal))];

    private static LabelledCorpus? Load()
    {
        var corpus = RealCorpus.Find();
        if (corpus is null) return null;
        var slugOfName = SectionLexicon.Default.Sections.ToDictionary(e => e.Name, e => e.Slug);
        var sectionOfCategory = File.ReadAllLines(Path.Combine(corpus.Folder, "SECTIONS.tsv")).Skip(1)
            .Select(l => l.Split('\t')).ToDictionary(f => f[0], f => slugOfName[f[1]]);
        var categoryOfFile = File.ReadAllLines(Path.Combine(corpus.Folder, "INDEX.tsv")).Skip(1)
            .Select(l => l.Split('\t')).ToDictionary(f => f[0], f => f[2]);
        var ignored = SectionLexicon.Default.Ignored;
        var items = new List<Item>();
        foreach (var entry in corpus.Entries.OrderBy(e => e.FileName, StringComparer.Ordinal))
        {
            var a = entry.Article;
            var words = a is null ? WordBag.Empty : SectionWords.Of(a.Title, a.Paragraphs, ignored, a.Source);
            var portal = entry.FileName.Split('_', '-')[0];
            items.Add(new Item(entry.FileName, portal, sectionOfCategory[categoryOfFile[entry.FileName]], words));
        }
        return new LabelledCorpus(items);
    }
}
