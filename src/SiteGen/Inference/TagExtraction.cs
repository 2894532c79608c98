using SiteGen.Model;

namespace SiteGen.Inference;

/// <summary>
/// Tags from the text, in steps so the archive can weigh them: candidates per article (<see cref="TagCandidateFinder"/>,
/// in parallel); aliases and spellings learnt from all articles (<see cref="CorpusAliases"/>, <see cref="TagSpellings"/>);
/// then one ranking over the whole archive (<see cref="TagRanking"/>).
/// </summary>
public static class TagExtraction
{
    /// <summary>Each article's inferred tags, in input order; empty lists when <c>tags.enabled</c> is false.</summary>
    public static IReadOnlyList<string>[] Extract(IReadOnlyList<Article> articles, TagSettings settings)
    {
        if (!settings.Enabled) return articles.Select(_ => (IReadOnlyList<string>)[]).ToArray();
        var lexicon = new TagLexicon(settings);
        var findings = new TagFindings[articles.Count];
        Parallel.For(0, articles.Count, () => new TagCandidateFinder.Reader(), (i, _, reader) =>
        {
            findings[i] = reader.Read(articles[i], lexicon);
            return reader;
        }, _ => { });

        return FromFindings(findings, lexicon, settings.Max);
    }

    /// <summary>The corpus steps over each article's findings (read earlier, possibly from the build cache).</summary>
    public static IReadOnlyList<string>[] FromFindings(IReadOnlyList<TagFindings> findings, TagLexicon lexicon, int max)
    {
        var picked = Choose(findings, lexicon, max);
        var result = new IReadOnlyList<string>[picked.Length];
        for (var i = 0; i < picked.Length; i++) result[i] = picked[i].Count == 0 ? [] : picked[i].Select(c => c.Display).ToArray();
        return result;
    }

    /// <summary>Each article's tags as the candidates they were chosen from: what <c>sitegen list</c> explains.</summary>
    /// <param name="findings">Each article's findings; read several times, one article at a time, so they may be decoded on
    /// each read (<see cref="ArticleEvidence.Tags"/>).</param>
    public static IReadOnlyList<TagCandidate>[] Choose(IReadOnlyList<TagFindings> findings, TagLexicon lexicon, int max)
    {
        var aliases = CorpusAliases.Learn(findings, lexicon);
        // Each step reads the candidates as the steps before it leave them, worked out again on each read rather than
        // kept: kept, three versions of every article's candidates (found, aliased, respelled) were live at the build's
        // peak, about a kilobyte an article. The ranking keeps only the ones that qualify.
        var mapped = new ComputedList<TagFindings, IReadOnlyList<TagCandidate>>(findings, aliases.Apply);
        // One read of the aliased candidates learns the spellings and counts each key's figures for the ranking: a
        // respelling changes a candidate's display only, which the figures do not read, so they are the respelled
        // candidates' figures too, and the ranking need not read every article's once more.
        var votes = new TagSpellings.Tally();
        var figures = new Dictionary<string, TagRanking.KeyFigures>(StringComparer.Ordinal);
        foreach (var candidates in mapped)
        {
            votes.Add(candidates);
            TagRanking.CountFigures(figures, candidates);
        }
        var spellings = votes.Spellings();
        return TagRanking.Rank(new ComputedList<IReadOnlyList<TagCandidate>, IReadOnlyList<TagCandidate>>(mapped, spellings.Apply), max, figures);
    }
}
