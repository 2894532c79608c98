using SiteGen.Tests.Support;

namespace SiteGen.Tests.Archive;

/// <summary>A tag page names the other forms its tag is written in, so readers and search find it by any of them.</summary>
public class TagAliasPageTests
{
    [Fact]
    public async Task The_seed_tag_page_names_the_abbreviation_merged_into_it()
    {
        // The bundled seed writes "Korea Utara (Korut)" and then Korut: one tag, Korea Utara, also written Korut.
        using var site = new TempSite();
        await site.BuildLibraryAsync();
        var page = HtmlPages.Load(Path.Combine(site.Output, "tag", "korea-utara", "index.html"));
        var line = page.QuerySelector("main .list-description");
        Assert.NotNull(line);
        Assert.Equal("Juga ditulis: Korut", line.TextContent.Trim());
        Assert.Equal("Juga ditulis: Korut", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.False(File.Exists(Path.Combine(site.Output, "tag", "korut", "index.html")));
    }

    [Fact]
    public async Task An_empty_label_names_no_aliases()
    {
        using var site = new TempSite();
        var yaml = File.ReadAllText(Path.Combine(site.Root, "input", "site.yml"));
        site.Settings(yaml.Contains("\ntags:", StringComparison.Ordinal)
            ? yaml.Replace("\ntags:", "\ntags:\n  aliasesLabel: \"\"", StringComparison.Ordinal)
            : yaml + "\ntags:\n  aliasesLabel: \"\"\n");
        await site.BuildLibraryAsync();
        var page = HtmlPages.Load(Path.Combine(site.Output, "tag", "korea-utara", "index.html"));
        Assert.Null(page.QuerySelector("main .list-description"));
    }
}
