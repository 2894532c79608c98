using System.Runtime.CompilerServices;
using SiteGen.Engine;
using SiteGen.Inference;
using SiteGen.Model;
using SiteGen.Modules.Articles;
using SiteGen.Tests.Kit;

namespace SiteGen.Tests.Modules;

/// <summary>Reading, alone: seed files in, one article document each, and a diagnostic for a file that is not one.</summary>
public sealed class ReadArticlesModuleTests
{
    [Fact]
    public async Task EachSeedFileBecomesADocumentAndABadOneADiagnostic()
    {
        using var site = new FakeSite();
        const string text = "Banjir Rendam Garut\nGARUT, iNews.id - Banjir merendam rumah warga, Kamis (27/7/2023).\nWarga mengungsi.\nEditor: Dewi Lestari\n";
        site.Seed("banjir.txt", text).Seed("kosong.txt", "");

        var documents = await site.RunAsync(new ReadArticlesModule());

        var document = Assert.Single(documents);
        var article = document.Get<Article>(DocumentKeys.Article);
        Assert.Equal("seeds/banjir.txt", article.SourcePath);
        Assert.Equal("Banjir Rendam Garut", article.Title);
        Assert.Equal("Dewi Lestari", article.Editor);
        Assert.Empty(article.Paragraphs); // the text is dropped once analysed; the page reads it again
        Assert.NotNull(document.Get<ArticleEvidence>(DocumentKeys.Evidence).Date);
        Assert.Equal(ContentHash.Of(System.Text.Encoding.UTF8.GetBytes(text)), document.Get<ContentHash>(DocumentKeys.SourceHash));
        Assert.Equal("Banjir merendam rumah warga, Kamis (27/7/2023).", article.Summary);
        Assert.Equal("", article.Lead); // cut to the summary as it is read: no whole first paragraph lives through inference
        var error = Assert.Single(site.Diagnostics.Sorted(), d => d.Severity == Severity.Error);
        Assert.Equal("seeds/kosong.txt", error.File);
    }

    [Fact]
    public async Task ALongLeadIsCutToTheSitesSummaryLengthAsItIsRead()
    {
        using var site = new FakeSite(new SiteSettings { SummaryLength = 4 });
        site.Seed("panjang.txt", "Sidang Kabinet\nJAKARTA, iNews.id - Presiden memimpin sidang kabinet paripurna di Istana, Senin.\nIsi.\n");

        var documents = await site.RunAsync(new ReadArticlesModule());

        var article = Assert.Single(documents).Get<Article>(DocumentKeys.Article);
        Assert.Equal("Presiden memimpin sidang kabinet" + ArticleSummary.Ellipsis, article.Summary);
        Assert.Equal("", article.Lead);
    }

    [Fact]
    public async Task TheSeedListingIsLetGoOnceTheArticlesAreRead()
    {
        using var site = new FakeSite();
        site.Seed("banjir.txt", "Banjir Rendam Garut\nGARUT, iNews.id - Banjir merendam rumah warga.\nEditor: Dewi Lestari\n");
        var listing = ListingOf(site);

        var documents = await site.RunAsync(new ReadArticlesModule());

        Assert.Single(documents);
        Assert.Throws<InvalidOperationException>(() => site.Context.Seeds);
        Assert.False(Liveness.StillAlive(listing), "the seed listing outlived the reading");
    }

    // Its own frame, so no local of the test holds the listing.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ListingOf(FakeSite site) => new(site.Context.Seeds);
}
