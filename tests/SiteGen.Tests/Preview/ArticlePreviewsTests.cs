using System.Text;
using SiteGen.Build;
using SiteGen.Incremental;
using SiteGen.Preview;
using SiteGen.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Preview;

/// <summary>
/// The dev server's preview of an edited article: the page of the last build with the article's new text, escaped as
/// every page is; exactly the rebuild's page when the edit changes nothing the archive decides; and none when the
/// edit changes more than the text.
/// </summary>
public sealed class ArticlePreviewsTests : IDisposable
{
    private readonly TempSite _site = new(copyInput: true, copyTheme: true, copySeed: true);
    private readonly IReadOnlyList<GeneratedArticle> _articles;

    public ArticlePreviewsTests() => _articles = GeneratedCorpus.Write(_site.Seeds, 12);

    public void Dispose() => _site.Dispose();

    private BuildOptions Options(BuildCacheHandOff? handOff) => new() { Root = _site.Root, Output = _site.Output, CacheHandOff = handOff };

    private string SourcePath(int article) => "seeds/" + _articles[article].FileName;

    private string SeedFile(int article) => Path.Combine(_site.Seeds, _articles[article].FileName);

    /// <summary>The article's text with <paramref name="paragraph"/> added before its editor line, as a writer adds one.</summary>
    private void AddParagraph(int article, string paragraph)
    {
        var lines = File.ReadAllLines(SeedFile(article)).ToList();
        lines.Insert(lines.FindLastIndex(l => l.StartsWith("Editor:", StringComparison.Ordinal)), paragraph);
        File.WriteAllText(SeedFile(article), string.Join('\n', lines) + "\n");
    }

    private async Task<ArticlePreviews> BuildAsync(BuildCacheHandOff handOff)
    {
        var result = await SiteBuilder.BuildAsync(Options(handOff));
        Assert.Equal(0, result.ExitCode);
        return Assert.IsType<ArticlePreviews>(result.Previews);
    }

    [Fact]
    public async Task A_paragraph_added_is_on_the_preview_as_text_and_the_rebuild_makes_the_very_same_page()
    {
        var handOff = new BuildCacheHandOff();
        var previews = await BuildAsync(handOff);
        const string added = "Warga menulis <script>alert('x')</script> & <b>tebal</b> di kolom komentar.";
        AddParagraph(3, added);

        var page = previews.Of(SourcePath(3));

        Assert.NotNull(page);
        var document = HtmlPages.Parse(page.Html);
        Assert.Equal(_articles[3].Title, document.QuerySelector("h1")?.TextContent);
        Assert.Contains(document.QuerySelectorAll("p"), p => p.TextContent == added);
        Assert.Empty(document.QuerySelectorAll("b"));
        Assert.DoesNotContain(document.QuerySelectorAll("script"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
        // The last build's page is still on disk, without the paragraph; the rebuild writes the preview's bytes.
        Assert.DoesNotContain("di kolom komentar", File.ReadAllText(Path.Combine(_site.Output, page.File)));
        await BuildAsync(handOff);
        Assert.Equal(Encoding.UTF8.GetBytes(page.Html), File.ReadAllBytes(Path.Combine(_site.Output, page.File)));
    }

    [Fact]
    public async Task A_title_edited_into_the_same_slug_is_on_the_preview_at_the_same_url()
    {
        var handOff = new BuildCacheHandOff();
        var previews = await BuildAsync(handOff);
        var before = previews.Of(SourcePath(2));
        var retitled = _articles[2].Title.ToUpperInvariant().Replace(":", " -", StringComparison.Ordinal) + "!";
        File.WriteAllText(SeedFile(2), File.ReadAllText(SeedFile(2)).Replace(_articles[2].Title, retitled));

        var page = previews.Of(SourcePath(2));

        Assert.NotNull(page);
        Assert.Equal(before?.Url, page.Url);
        Assert.Equal(retitled, HtmlPages.Parse(page.Html).QuerySelector("h1")?.TextContent);
        await BuildAsync(handOff);
        Assert.Equal(Encoding.UTF8.GetBytes(page.Html), File.ReadAllBytes(Path.Combine(_site.Output, page.File)));
    }

    /// <summary>A title that makes another slug moves the page; the rest changes what the archive decides from them.</summary>
    [Theory]
    [InlineData("title")]
    [InlineData("front matter")]
    [InlineData("editor")]
    [InlineData("not an article")]
    [InlineData("deleted")]
    public async Task An_edit_of_more_than_the_text_has_no_preview(string edit)
    {
        var previews = await BuildAsync(new BuildCacheHandOff());
        var file = SeedFile(4);
        var text = File.ReadAllText(file);
        switch (edit)
        {
            case "title": File.WriteAllText(file, text.Replace(_articles[4].Title, "Judul yang disunting")); break;
            case "front matter": File.WriteAllText(file, text.Replace("section: " + _articles[4].Section, "section: Teknologi")); break;
            case "editor": File.WriteAllText(file, text.Replace("Editor: " + _articles[4].Editor, "Editor: Penyunting Baru")); break;
            case "not an article": File.WriteAllBytes(file, [0, 1, 2, 0, 0, 255]); break;
            case "deleted": File.Delete(file); break;
        }

        Assert.Null(previews.Of(SourcePath(4)));
        // The other articles still have theirs.
        Assert.NotNull(previews.Of(SourcePath(6)));
    }

    [Fact]
    public async Task A_file_the_build_made_no_page_of_has_no_preview()
    {
        var previews = await BuildAsync(new BuildCacheHandOff());
        _site.WriteSeed("baru.txt", "Berita Baru\nJAKARTA, iNews.id - Isi berita baru.\nEditor: Rina\n");

        Assert.Null(previews.Of("seeds/baru.txt"));
        Assert.Null(previews.Of("input/site.yml"));
    }

    [Fact]
    public async Task A_build_that_hands_nothing_on_keeps_nothing_to_preview_from()
    {
        var result = await SiteBuilder.BuildAsync(Options(handOff: null));

        Assert.Equal(0, result.ExitCode);
        Assert.Null(result.Previews);
    }
}
