using SiteGen.Model;
using SiteGen.Modules.Articles;
using SiteGen.Tests.Kit;

namespace SiteGen.Tests.Modules;

/// <summary>Inference, alone: article documents in, dated, summarised, addressed and ordered newest first; drafts out.</summary>
public sealed class InferMetadataModuleTests
{
    private static Article Declared(string name, string title, string date, string lead, bool draft = false) => new()
    {
        SourcePath = $"seeds/{name}.txt",
        Title = title,
        Lead = lead,
        Draft = draft,
        FrontMatter = new FrontMatterValues { Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) },
    };

    [Fact]
    public async Task ArticlesAreDatedAddressedSummarisedAndOrderedNewestFirst()
    {
        using var site = new FakeSite();
        var inputs = ArticleDocuments.Of(
            Declared("lama", "Berita Lama", "2023-07-01", "Isi berita lama."),
            Declared("baru", "Berita Baru", "2023-07-28", "Isi berita baru."),
            Declared("draf", "Berita Draf", "2023-07-29", "Belum terbit.", draft: true));

        var documents = await site.RunAsync(new InferMetadataModule(), inputs);

        var articles = documents.Select(d => d.Get<Article>(DocumentKeys.Article)).ToList();
        Assert.Equal(["seeds/baru.txt", "seeds/lama.txt"], articles.Select(a => a.SourcePath));
        var newest = articles[0];
        Assert.Equal(new DateOnly(2023, 7, 28), newest.Date);
        Assert.Equal(ValueSource.FrontMatter, newest.DateSource);
        Assert.Equal("/2023/07/28/berita-baru/", newest.Url);
        Assert.Equal("Isi berita baru.", newest.Summary);
        Assert.Equal("", newest.Lead); // the summary is all later steps need of it
        Assert.All(documents, d => Assert.False(d.Metadata.TryGetValue(DocumentKeys.Evidence, out _)));
    }
}
