using SiteGen.Engine;
using SiteGen.Inference;
using SiteGen.Model;

namespace SiteGen.Tests.Inference;

/// <summary>
/// The tag steps' result is taken from the last build only when everything they read is the same (<see cref="TagMemory"/>):
/// the key must see a change to any field of any article's findings, and a build must take the memory exactly when
/// the key is its own.
/// </summary>
public sealed class TagMemoryTests
{
    private static readonly TagCandidate Candidate = new("korea utara", "Korea Utara", 3, 40, InTitle: true, OnlyAtSentenceStart: false,
        DisplayFixed: false, InLead: true, WrittenSmall: false, Forms: ["Korut"], ShortForm: "Korut", TitleAt: 12);

    private static readonly TagFindings Findings = new([Candidate], [new AbbreviationDefinition("kpk", "KPK", "komisi pemberantasan korupsi")],
        [new NamePartUse("shoigu", "sergei shoigu", AsShortForm: true, IsLastWord: true)], ["jakarta"]);

    private static Hash128 Key(TagFindings findings, bool fromText = true, TagSettings? settings = null) =>
        TagMemory.KeyOf([TagMemory.KeyOf(findings)], [fromText], settings ?? new TagSettings());

    /// <summary>Each property of the findings and of what they hold, changed alone: the key must change every time.</summary>
    public static TheoryData<string, TagFindings> EveryFieldChanged() => new()
    {
        { nameof(TagCandidate.Key), Findings with { Candidates = [Candidate with { Key = "korea selatan" }] } },
        { nameof(TagCandidate.Display), Findings with { Candidates = [Candidate with { Display = "Korea utara" }] } },
        { nameof(TagCandidate.Count), Findings with { Candidates = [Candidate with { Count = 4 }] } },
        { nameof(TagCandidate.FirstWord), Findings with { Candidates = [Candidate with { FirstWord = 41 }] } },
        { nameof(TagCandidate.InTitle), Findings with { Candidates = [Candidate with { InTitle = false }] } },
        { nameof(TagCandidate.OnlyAtSentenceStart), Findings with { Candidates = [Candidate with { OnlyAtSentenceStart = true }] } },
        { nameof(TagCandidate.DisplayFixed), Findings with { Candidates = [Candidate with { DisplayFixed = true }] } },
        { nameof(TagCandidate.InLead), Findings with { Candidates = [Candidate with { InLead = false }] } },
        { nameof(TagCandidate.WrittenSmall), Findings with { Candidates = [Candidate with { WrittenSmall = true }] } },
        { nameof(TagCandidate.Forms), Findings with { Candidates = [Candidate with { Forms = ["Korut", "DPRK"] }] } },
        { nameof(TagCandidate.ShortForm), Findings with { Candidates = [Candidate with { ShortForm = null }] } },
        { nameof(TagCandidate.TitleAt), Findings with { Candidates = [Candidate with { TitleAt = -1 }] } },
        { nameof(AbbreviationDefinition.Abbreviation), Findings with { Abbreviations = [new("kpu", "KPK", "komisi pemberantasan korupsi")] } },
        { nameof(AbbreviationDefinition.Spelling), Findings with { Abbreviations = [new("kpk", "Kpk", "komisi pemberantasan korupsi")] } },
        { nameof(AbbreviationDefinition.LongForm), Findings with { Abbreviations = [new("kpk", "KPK", "komisi pemilihan umum")] } },
        { nameof(NamePartUse.Part), Findings with { NameParts = [new("sergei", "sergei shoigu", true, true)] } },
        { nameof(NamePartUse.FullName), Findings with { NameParts = [new("shoigu", "s shoigu", true, true)] } },
        { nameof(NamePartUse.AsShortForm), Findings with { NameParts = [new("shoigu", "sergei shoigu", false, true)] } },
        { nameof(NamePartUse.IsLastWord), Findings with { NameParts = [new("shoigu", "sergei shoigu", true, false)] } },
        { nameof(TagFindings.Excluded), Findings with { Excluded = ["bandung"] } },
    };

    [Theory]
    [MemberData(nameof(EveryFieldChanged))]
    public void The_key_changes_with_every_field_of_the_findings(string field, TagFindings changed)
    {
        Assert.NotEqual(Key(Findings), Key(changed));
        _ = field;
    }

    [Fact]
    public void Every_field_of_the_findings_has_a_case_above()
    {
        var covered = EveryFieldChanged().Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        var fields = typeof(TagCandidate).GetProperties().Concat(typeof(AbbreviationDefinition).GetProperties())
            .Concat(typeof(NamePartUse).GetProperties()).Concat(typeof(TagFindings).GetProperties())
            .Where(p => p.DeclaringType != typeof(TagFindings) || p.Name != nameof(TagFindings.Candidates) && p.Name != nameof(TagFindings.Abbreviations) && p.Name != nameof(TagFindings.NameParts))
            .Where(p => !p.GetMethod!.IsStatic && p.Name != "EqualityContract")
            .Select(p => p.Name).ToList();
        Assert.NotEmpty(fields);
        foreach (var field in fields) Assert.Contains(field, covered);
    }

    [Fact]
    public void The_key_changes_with_the_settings_the_order_and_which_articles_take_tags_from_the_text()
    {
        var other = Findings with { Excluded = [] };
        Assert.Equal(Key(Findings), Key(Findings with { }));
        Assert.NotEqual(Key(Findings), Key(Findings, fromText: false));
        Assert.NotEqual(Key(Findings), Key(Findings, settings: new TagSettings { Max = 3 }));
        Assert.NotEqual(Key(Findings), Key(Findings, settings: new TagSettings { StopWords = ["korea"] }));
        Assert.NotEqual(Key(Findings), Key(Findings, settings: new TagSettings { Aliases = new() { ["Korut"] = "Korea Utara" } }));
        Assert.NotEqual(TagMemory.KeyOf([TagMemory.KeyOf(Findings), TagMemory.KeyOf(other)], [true, true], new TagSettings()), TagMemory.KeyOf([TagMemory.KeyOf(other), TagMemory.KeyOf(Findings)], [true, true], new TagSettings()));
    }

    private const string Body = "JAKARTA, iNews.id - Presiden Joko Widodo bertemu Menteri Keuangan Sri Mulyani di Istana Merdeka, Kamis (27/7/2023). "
        + "Joko Widodo dan Sri Mulyani membahas anggaran. Sri Mulyani mengatakan anggaran aman.";

    private static IReadOnlyList<Article> Articles() =>
    [
        TestArticles.Make("seeds/a.txt", "Joko Widodo Bertemu Sri Mulyani", Body),
        TestArticles.Make("seeds/b.txt", "Sri Mulyani Bahas Anggaran", Body + " Joko Widodo setuju."),
    ];

    private static IReadOnlyList<ArticleEvidence> Evidence(IReadOnlyList<Article> articles)
    {
        var lexicon = new TagLexicon(new TagSettings());
        return articles.Select(a => ArticleEvidence.Of(a, lexicon)).ToArray();
    }

    private static IReadOnlyList<Article> Infer(IReadOnlyList<Article> articles, TagMemory? remembered, Action<TagMemory>? remember, TagReport? report = null) =>
        MetadataInference.Apply(articles.Select(a => a with { Paragraphs = [] }).ToArray(), Evidence(articles), new SiteSettings(), new DiagnosticBag(),
            report: report ?? new TagReport(), tags: remembered, rememberTags: remember);

    [Fact]
    public void A_build_remembers_the_tags_it_chose_and_the_next_with_the_same_key_takes_them()
    {
        var articles = Articles();
        TagMemory? memory = null;
        var clean = Infer(articles, null, m => memory = m);
        Assert.NotNull(memory);
        Assert.All(clean, a => Assert.NotEmpty(a.Tags));
        Assert.Equal(clean.Select(a => a.Tags), memory.Tags);

        // The memory stands in for the steps: given tags under the same key, the build shows those, not the steps'.
        var planted = memory with { Tags = [["Ditanam"], ["Juga Ditanam"]], Aliases = new Dictionary<string, IReadOnlyList<string>> { ["Ditanam"] = ["Tanam"] } };
        var report = new TagReport();
        var reused = Infer(articles, planted, _ => Assert.Fail("nothing new to remember"), report);
        Assert.Equal(["Ditanam"], reused[0].Tags);
        Assert.Equal(["Juga Ditanam"], reused[1].Tags);
        Assert.Equal(["Tanam"], report.AliasesOf("Ditanam"));
    }

    [Fact]
    public void Changed_findings_or_a_report_that_explains_run_the_steps_again()
    {
        var articles = Articles();
        TagMemory? memory = null;
        var clean = Infer(articles, null, m => memory = m);
        var planted = memory! with { Tags = [["Ditanam"], ["Ditanam"]] };

        var edited = new[] { articles[0], TestArticles.Make("seeds/b.txt", "Sri Mulyani Bahas Anggaran", Body + " Prabowo Subianto setuju.") };
        TagMemory? next = null;
        var rerun = Infer(edited, planted, m => next = m);
        Assert.DoesNotContain("Ditanam", rerun.SelectMany(a => a.Tags));
        Assert.NotEqual(memory!.Key, next!.Key);

        var explained = Infer(articles, planted, _ => { }, new TagReport { KeepNotes = true });
        Assert.Equal(clean.Select(a => a.Tags), explained.Select(a => a.Tags));
    }
}
