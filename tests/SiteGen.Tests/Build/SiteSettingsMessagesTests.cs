using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>A broken site.yml is told in the file's own words, with its line: never a .NET type or YamlDotNet's internals.</summary>
public sealed class SiteSettingsMessagesTests
{
    [Theory]
    [InlineData("pageSize: \"[20\"", 2, "pageSize must be a whole number, got \"[20\"")]
    [InlineData("pagesize: 20", 2, "unknown setting 'pagesize' — did you mean 'pageSize'?")]
    [InlineData("titel: Arsip", 2, "unknown setting 'titel' — did you mean 'title'?")]
    [InlineData("tags:\n  max: lima", 3, "tags.max must be a whole number, got \"lima\"")]
    [InlineData("tags:\n  stopWords: kata", 3, "tags.stopWords must be a list")]
    [InlineData("search:\n  enabled: mungkin", 3, "search.enabled must be true or false, got \"mungkin\"")]
    [InlineData("taxonomies:\n  - { name: tag, path: tag, field: tags, titel: Tag }", 3, "unknown setting 'titel' in taxonomies[1] — did you mean 'title'?")]
    [InlineData("pageSize: [20", 2, "a list in [brackets] is not closed")]
    [InlineData("zzz: 1", 2, "unknown setting 'zzz'; known settings here: archive, author, baseUrl")]
    public async Task A_mistake_in_site_yml_is_told_in_plain_words_with_its_line(string yaml, int line, string message)
    {
        using var site = TempSite.Empty().Settings("title: Arsip\n" + yaml + "\n");
        var run = await site.BuildAsync("--progress", "none");

        Assert.Equal(2, run.ExitCode);
        var error = run.Error.Split('\n').First(l => l.Contains(": error: ", StringComparison.Ordinal));
        Assert.StartsWith($"input/site.yml:{line}: error: ", error);
        Assert.Contains(message, error);
        Assert.DoesNotContain("System.", run.Error);
        Assert.DoesNotContain("SiteGen.", run.Error);
        Assert.DoesNotContain("(Line:", run.Error);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Every_setting_of_the_bundled_and_the_scaffolded_site_yml_is_known()
    {
        using var bundled = new TempSite();
        Assert.Equal(0, (await bundled.BuildAsync("--progress", "none")).ExitCode);
        using var scaffold = TempSite.Empty().Settings(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "SiteGen.Cli", "Scaffold", "input", "site.yml")));
        var run = await scaffold.BuildAsync("--progress", "none");
        Assert.DoesNotContain("site.yml", run.Error);
    }
}
