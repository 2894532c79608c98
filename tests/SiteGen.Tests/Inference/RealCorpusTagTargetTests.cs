using SiteGen.Model;
using SiteGen.Engine;
using SiteGen.Inference;
using SiteGen.Site;
using Xunit.Abstractions;

namespace SiteGen.Tests.Inference;

/// <summary>
/// The targets of tag inference over the real corpus (shared/corpus/real), every inferred tag counted: one tag per
/// entity, tags that other articles share, no tag on too much of the archive, names a reader recognises. The figures are
/// written up in docs/inference-figures.md.
/// </summary>
public class RealCorpusTagTargetTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<Article>> Tagged = new(() =>
    {
        var articles = RealCorpus.Require().Entries.Where(e => e.Article is not null).Select(e => e.Article!).ToList();
        return MetadataInference.Apply(articles, new SiteSettings(), new DiagnosticBag());
    });

    private static List<(string Tag, int Articles)> Usage(IReadOnlyList<Article> articles) => articles
        .SelectMany(a => a.Tags.Distinct(StringComparer.Ordinal)).GroupBy(t => t, StringComparer.Ordinal)
        .Select(g => (Tag: g.Key, Articles: g.Count()))
        .OrderByDescending(u => u.Articles).ThenBy(u => u.Tag, StringComparer.Ordinal).ToList();

    /// <summary>The words of a tag as the subset measure compares them: lowercase, split at spaces and hyphens.</summary>
    private static HashSet<string> Words(string tag) =>
        TagKeys.Fold(tag).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    [RealCorpusFact]
    public void No_article_carries_two_tags_for_one_entity()
    {
        var articles = Tagged.Value;
        var offenders = new List<string>();
        foreach (var a in articles)
        {
            var words = a.Tags.Select(Words).ToList();
            for (var i = 0; i < words.Count; i++)
                for (var j = 0; j < words.Count; j++)
                    if (i != j && words[i].IsSubsetOf(words[j])) offenders.Add($"{a.SourcePath}: {a.Tags[i]} / {a.Tags[j]}");
        }
        var share = 100.0 * offenders.Select(o => o[..o.IndexOf(':')]).Distinct().Count() / articles.Count;
        output.WriteLine($"articles with one tag's words within another's: {share:F2}%");
        foreach (var o in offenders.Take(20)) output.WriteLine(o);
        Assert.True(share <= 1.0, $"{share:F2}% of articles carry two tags for one entity (target at most 1%)");
    }

    [RealCorpusFact]
    public void Most_tags_are_shared_and_most_articles_keep_one()
    {
        var articles = Tagged.Value;
        var usage = Usage(articles);
        var shared = 100.0 * usage.Count(u => u.Articles >= 2) / usage.Count;
        var tagged = 100.0 * articles.Count(a => a.Tags.Count > 0) / articles.Count;
        output.WriteLine($"{usage.Count} distinct tags, {shared:F1}% on two articles or more; {tagged:F1}% of {articles.Count} articles tagged");
        Assert.True(shared >= 60.0, $"only {shared:F1}% of tags are used by two articles or more (target 60%)");
        Assert.True(tagged >= 90.0, $"only {tagged:F1}% of articles keep a tag (target 90%)");
    }

    [RealCorpusFact]
    public void No_tag_is_on_more_than_five_percent_of_the_archive()
    {
        var articles = Tagged.Value;
        var usage = Usage(articles);
        output.WriteLine("top 50: " + string.Join(", ", usage.Take(50).Select(u => $"{u.Tag} ({u.Articles})")));
        var (top, count) = usage[0];
        Assert.True(count <= 0.05 * articles.Count, $"'{top}' is on {count} of {articles.Count} articles (target at most 5%)");
        Assert.DoesNotContain(usage, u => u.Tag is "Indonesia" or "Republik Indonesia" or "Jakarta");
    }

    [RealCorpusFact]
    public void No_tag_is_mojibake()
    {
        // Arabic verses read in the wrong encoding come out as capitalised runs of accented letters (Ÿé): never a name.
        var usage = Usage(Tagged.Value);
        Assert.DoesNotContain(usage, u => u.Tag.Split(' ').Any(w => !w.Any(char.IsAsciiLetterOrDigit)));
    }

    [RealCorpusFact]
    public void The_most_used_tags_are_names_in_the_form_editors_use()
    {
        var usage = Usage(Tagged.Value);
        var top = usage.Take(50).Select(u => u.Tag).ToList();
        // Written as the archive's texts write them most: the abbreviation readers know, not its long form.
        foreach (var (shortForm, longForm) in new[] { ("KPK", "Komisi Pemberantasan Korupsi"), ("DPR", "Dewan Perwakilan Rakyat"), ("Jokowi", "Joko Widodo") })
        {
            Assert.Contains(shortForm, top);
            Assert.DoesNotContain(usage, u => u.Tag == longForm);
        }
        // None of what the issue found as junk: titles alone, generic words, money, numerals, fragments of names.
        var all = usage.Select(u => u.Tag).ToHashSet(StringComparer.Ordinal);
        foreach (var junk in new[] { "Menpora", "Kapolri", "Kapolda", "Revisi", "Surat Keputusan", "Pimpinan", "Gedung", "Kota", "Bumi", "Negara",
                     "Polisi", "Artinya", "Group", "II", "USD1", "SK", "Perdana", "Tanah Air", "Tim", "Polda", "Habibie", "Imam", "Nahrawi", "Bahuri", "Bacharuddin Jusuf", "Barat", "Selatan" })
            Assert.DoesNotContain(junk, all);
        // Every top tag starts with a capital or a digit-free abbreviation and has no sentence-opening word.
        foreach (var tag in top)
        {
            Assert.True(char.IsUpper(tag[0]), $"top tag '{tag}' does not start with a capital");
            Assert.False(TagStopWords.Default.Contains(TagKeys.Fold(tag)), $"top tag '{tag}' is a stop word");
        }
    }

    [RealCorpusFact]
    public void Entities_written_several_ways_are_one_tag()
    {
        var all = Usage(Tagged.Value).Select(u => u.Tag).ToHashSet(StringComparer.Ordinal);
        // One of each group, never two: the issue's examples.
        foreach (var group in new[]
                 {
                     new[] { "BJ Habibie", "Habibie", "Bacharuddin Jusuf Habibie", "RI BJ Habibie", "Bacharuddin Jusuf" },
                     new[] { "PDIP", "PDI Perjuangan", "Partai Demokrasi Indonesia Perjuangan" },
                     new[] { "Man United", "Manchester United" },
                     new[] { "KPK", "Komisi Pemberantasan Korupsi", "Komisi Pemberatansan Korupsi" },
                     new[] { "Imam Nahrawi", "Imam", "Nahrawi", "Menpora Imam Nahrawi" },
                     new[] { "Firli Bahuri", "Firli", "Bahuri" },
                     new[] { "Cristiano Ronaldo", "Ronaldo" },
                     new[] { "Marc Marquez", "Marquez" },
                     new[] { "Arab Saudi", "Saudi" },
                     new[] { "Riau", "Provinsi Riau" },
                 })
        {
            var present = group.Where(all.Contains).ToList();
            Assert.DoesNotContain(Tagged.Value, a => a.Tags.Count(group.Contains) > 1);
            Assert.True(present.Count == 1, $"{string.Join(" / ", group)}: tags {string.Join(", ", present)}");
        }
    }
}
