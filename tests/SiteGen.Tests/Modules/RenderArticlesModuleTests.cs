using System.Runtime.CompilerServices;
using SiteGen.Engine;
using SiteGen.Model;
using SiteGen.Modules.Articles;
using SiteGen.Tests.Kit;

namespace SiteGen.Tests.Modules;

/// <summary>Article pages as documents: where each goes and what it holds until it is written.</summary>
public sealed class RenderArticlesModuleTests
{
    private static Article Dated(string name, string title, string url, string date) => new()
    {
        SourcePath = $"seeds/{name}.txt",
        Title = title,
        Url = url,
        Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        Summary = $"Isi {title}.",
    };

    /// <summary>The pages of two processed articles, and a reference to the first processed document, which only this
    /// method's frame held (not inlined: in a Debug build a caller's locals live to its end).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<(IReadOnlyList<Document> Pages, WeakReference Processed)> RenderAsync(FakeSite site)
    {
        var processed = (await ArticleDocuments.ProcessedAsync(site,
                Dated("lama", "Berita Lama", "/2023/07/01/berita-lama/", "2023-07-01"),
                Dated("baru", "Berita Baru", "/2023/07/28/berita-baru/", "2023-07-28")))
            .Select(d => d.WithMetadata(DocumentKeys.SourceHash, ContentHash.Of(System.Text.Encoding.UTF8.GetBytes(d.Source))))
            .ToList();
        var pages = await site.RunAsync(new RenderArticlesModule(), processed, site.After(processed));
        return (pages, new WeakReference(processed[0]));
    }

    [Fact]
    public async Task EachPageGoesToItsPermalinkWithItsRecordAndHoldsNoProcessedDocument()
    {
        // The engine holds the pages until the last pipeline has written: a processed document they kept (its metadata
        // and the array under it) stayed live beside every page written, 40 MB at 250,000 articles.
        using var site = new FakeSite();

        var (pages, processed) = await RenderAsync(site);

        Assert.Equal(["2023/07/28/berita-baru/index.html", "2023/07/01/berita-lama/index.html"], pages.Select(p => p.Destination));
        Assert.Equal(["seeds/baru.txt", "seeds/lama.txt"], pages.Select(p => p.Source));
        Assert.Equal(["Berita Baru", "Berita Lama"], pages.Select(p => p.Get<Article>(DocumentKeys.Article).Title));
        Assert.False(Liveness.StillAlive(processed));
        GC.KeepAlive(pages);
    }
}
