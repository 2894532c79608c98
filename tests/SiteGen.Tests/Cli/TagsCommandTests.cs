using System.Text.Json;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary><c>sitegen tags</c> and the tag reasons of <c>sitegen list</c>: what an editor reviews before pinning choices in site.yml.</summary>
public class TagsCommandTests
{
    [Fact]
    public async Task Tags_lists_every_tag_with_its_count_source_and_aliases()
    {
        using var site = new TempSite();
        site.WriteSeed("kedua.txt", "---\ntags: [Korea Utara, Banjir]\n---\nBerita Kedua\nBANDUNG - Isi.\n");
        var run = await site.RunAsync("tags", "--format", "json");
        Assert.Equal(0, run.ExitCode);

        using var json = JsonDocument.Parse(run.Output);
        var rows = json.RootElement.EnumerateArray().ToList();
        var korea = rows.Single(r => r.GetProperty("tag").GetString() == "Korea Utara");
        Assert.Equal(2, korea.GetProperty("articles").GetInt32());
        Assert.Equal(["front-matter", "text"], korea.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("Korut", korea.GetProperty("aliases").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("Korea Utara", rows[0].GetProperty("tag").GetString()); // most used first
        Assert.DoesNotContain(rows, r => r.GetProperty("tag").GetString() == "Korut");
        Assert.False(Directory.Exists(site.Output), "tags must not write the site");
    }

    [Fact]
    public async Task Text_output_ends_with_the_totals_and_where_to_pin_choices()
    {
        using var site = new TempSite();
        var run = await site.RunAsync("tags");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("tag ", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Korea Utara ", StringComparison.Ordinal) && l.TrimEnd().EndsWith("Korut", StringComparison.Ordinal));
        Assert.StartsWith($"{lines.Length - 2} tags; 0 on two articles or more.", lines[^1]);
        Assert.Contains("tags.aliases", lines[^1]);
    }

    [Fact]
    public async Task List_says_why_each_inferred_tag_was_chosen()
    {
        using var site = new TempSite();
        var run = await site.RunAsync("list", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var seed = json.RootElement.EnumerateArray().Single();
        var reasons = seed.GetProperty("tagReasons").EnumerateArray().Select(r => r.GetString()!).ToList();
        var tags = seed.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToList();
        Assert.Equal(tags, reasons.Select(r => r[..r.IndexOf(':')]));
        Assert.Contains(reasons, r => r.StartsWith("Rusia: title, lead, ", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("Sergei Shoigu: ", StringComparison.Ordinal) && r.EndsWith("counted in: Shoigu", StringComparison.Ordinal));
    }
}
