using System.Globalization;
using SiteGen.Model;
using SiteGen.Reading;
using nietras.SeparatedValues;

namespace SiteGen.Tests;

/// <summary>
/// The read-only corpus of 2,000 real articles in <c>shared/corpus/real</c> (measurement data, never copied into the
/// project). Found by walking up from the test's base directory; absent on machines without it.
/// </summary>
internal sealed record RealCorpus(string Folder, IReadOnlyList<RealCorpus.Entry> Entries)
{
    public sealed record Entry(string FileName, DateOnly? Date, Article? Article);

    private static readonly Lazy<RealCorpus?> Instance = new(Load);

    public static RealCorpus? Find() => Instance.Value;

    /// <summary>The corpus, for a <see cref="RealCorpusFactAttribute"/> test; a failed test when it is missing (only under CI).</summary>
    public static RealCorpus Require() => Find() ?? throw MissingUnderCi();

    /// <summary>The corpus folder, for a <see cref="RealCorpusFactAttribute"/> test; a failed test when it is missing (only under CI).</summary>
    public static string RequireFolder() => FindFolder() ?? throw MissingUnderCi();

    /// <summary>The failure a corpus test reports under CI when the corpus is missing (outside CI it is skipped).</summary>
    public static Exception MissingUnderCi() => new Xunit.Sdk.XunitException(
        $"the real corpus (shared/corpus/real with INDEX.tsv) is not above {AppContext.BaseDirectory}; CI is set, so this test fails instead of skipping");

    public static string? FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "real");
            if (File.Exists(Path.Combine(candidate, "INDEX.tsv"))) return candidate;
        }
        return null;
    }

    private static RealCorpus? Load()
    {
        var folder = FindFolder();
        if (folder is null) return null;
        var rows = new List<(string File, DateOnly? Date)>();
        using (var reader = Sep.New('\t').Reader(o => o with { DisableQuotesParsing = true }).FromFile(Path.Combine(folder, "INDEX.tsv")))
        {
            foreach (var row in reader)
            {
                var file = row["filename"].ToString();
                var raw = row["date"].ToString();
                DateOnly? date = DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
                rows.Add((file, date));
            }
        }
        var entries = new Entry[rows.Count];
        Parallel.For(0, rows.Count, i =>
        {
            var (file, date) = rows[i];
            var bytes = File.ReadAllBytes(Path.Combine(folder, file));
            var article = SeedArticleParser.Parse("seeds/" + file, bytes).Article;
            entries[i] = new Entry(file, date, article);
        });
        return new RealCorpus(folder, entries);
    }
}
