using System.Text.Json;
using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

public class ListCommandTests
{
    private static Task<CliRun> List(TempSite site, params string[] extra) => site.RunAsync("list", extra);

    [Fact]
    public async Task JsonListsEveryArticleWithWhereItsValuesCameFrom()
    {
        using var site = new TempSite();
        site.WriteSeed("kedua.txt", "---\ndate: 2024-01-02\ntags: [Banjir]\n---\nBerita Kedua\nBANDUNG - Isi.\n");
        var run = await List(site, "--format", "json");
        Assert.Equal(0, run.ExitCode);

        using var json = JsonDocument.Parse(run.Output);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        var seed = rows.Single(r => r.GetProperty("sourcePath").GetString() == "seeds/000_bba47c1f16d6e6cf.txt");
        Assert.Equal("Ngeri! Rusia dan Korut Bakal Perkuat Kerja Sama Pertahanan", seed.GetProperty("title").GetString());
        Assert.Equal("Moskow", seed.GetProperty("city").GetString());
        Assert.Equal(("Internasional", "text"), (seed.GetProperty("section").GetString(), seed.GetProperty("sectionSource").GetString()));
        Assert.Equal(3, seed.GetProperty("sectionWords").GetArrayLength());
        Assert.Equal("Anton Suhartono", seed.GetProperty("editor").GetString());
        Assert.Equal("2023-07-27", seed.GetProperty("date").GetString());
        Assert.Equal("text", seed.GetProperty("dateSource").GetString());
        // The one date it writes sits in a clause about the future ("akan menghadiri ... pada Kamis (27/7/2023)").
        Assert.InRange(seed.GetProperty("dateConfidence").GetDouble(), 0.5, 1.0);
        Assert.StartsWith("numeric/future/body 27/7/2023", seed.GetProperty("dateEvidence").GetString());
        Assert.Equal("iNews.id", seed.GetProperty("source").GetString());
        var tags = seed.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToList();
        Assert.Contains("Rusia", tags);
        Assert.Contains("Korea Utara", tags);
        Assert.DoesNotContain("Korut", tags);
        Assert.Equal("/2023/07/27/ngeri-rusia-dan-korut-bakal-perkuat-kerja-sama-pertahanan/", seed.GetProperty("url").GetString());

        var second = rows.Single(r => r.GetProperty("sourcePath").GetString() == "seeds/kedua.txt");
        Assert.Equal("2024-01-02", second.GetProperty("date").GetString());
        Assert.Equal("front-matter", second.GetProperty("dateSource").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("dateConfidence").ValueKind);
        Assert.Equal(["Banjir"], second.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("/2024/01/02/berita-kedua/", second.GetProperty("url").GetString());
        Assert.False(Directory.Exists(site.Output), "list must not write the site");
    }

    [Fact]
    public async Task CsvHasAHeaderAndOneQuotedRowPerArticle()
    {
        using var site = new TempSite();
        site.WriteSeed("koma.txt", "Judul, dengan \"kutip\"\nIsi.");
        var run = await List(site);
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.TrimEnd().Split('\n');
        Assert.StartsWith("sourcePath,title,date,dateSource,dateConfidence,dateEvidence,tags", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("\"seeds/koma.txt\",\"Judul, dengan \"\"kutip\"\"\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnknownFormatIsAUsageError()
    {
        using var site = new TempSite();
        Assert.Equal(SiteGenCli.UsageError, (await List(site, "--format", "xml")).ExitCode);
    }
}
