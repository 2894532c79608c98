using System.Text;
using SiteGen.Engine;
using SiteGen.Model;
using SiteGen.Modules.Taxonomies;
using SiteGen.Modules.Writing;
using SiteGen.Tests.Support;
using SiteGen.Tests.Kit;

namespace SiteGen.Tests.Modules;

/// <summary>Writing, alone: documents with a destination land in the staging folder as text or as UTF-8 bytes.</summary>
public sealed class WriteDocumentsModuleTests
{
    [Fact]
    public async Task EveryDocumentWithADestinationIsWrittenAndTheRestAreLeft()
    {
        using var site = new FakeSite();
        Document[] documents =
        [
            new Document("halaman", "tentang/index.html").WithContent("<p>Tentang kami</p>"),
            new Document("umpan", "feed.xml").WithMetadata(DocumentKeys.Utf8Content, new Action<Stream>(s => s.Write("<feed/>"u8))),
            new Document("tanpa-tujuan").WithContent("tidak ditulis"),
        ];

        var output = await site.RunAsync(new WriteDocumentsModule(), documents);

        Assert.Equal(documents, output);
        Assert.Equal("<p>Tentang kami</p>", File.ReadAllText(Path.Combine(site.Staging, "tentang", "index.html"), Encoding.UTF8));
        Assert.Equal("<feed/>", File.ReadAllText(Path.Combine(site.Staging, "feed.xml"), Encoding.UTF8));
        Assert.Equal(2, site.Context.Writer.FilesWritten);
        Assert.Equal(["feed.xml", "tentang/index.html"], Directory.EnumerateFiles(site.Staging, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Staging, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// A page rendered from a theme template is written straight from the renderer's buffer, never as a string: the file
    /// must hold exactly the text its document gives when read, and its links must be recorded from that buffer.
    /// </summary>
    [Fact]
    public async Task ATemplatePageIsWrittenAsItsContentReadsAndItsLinksAreRecorded()
    {
        using var site = new FakeSite(new SiteSettings { BaseUrl = "https://contoh.example/arsip/" });
        var processed = await ArticleDocuments.ProcessedAsync(site,
            Articles.Make("lama.txt", "2023-07-27", ["Banjir"]),
            Articles.Make("baru.txt", "2023-07-28", ["Banjir", "Gempa"]));
        var pages = await site.RunAsync(new TaxonomyPagesModule(), [], site.After(processed));

        await site.RunAsync(new WriteDocumentsModule(), pages);

        var written = pages.Where(p => p.Destination is not null).ToList();
        Assert.Contains(written, p => p.Destination == "tag/banjir/index.html");
        foreach (var page in written)
        {
            var text = page.ReadContent();
            Assert.Contains("</html>", text);
            Assert.Equal(Encoding.UTF8.GetBytes(text), File.ReadAllBytes(Path.Combine(site.Staging, page.Destination!)));
        }
        var links = site.Context.Links.HrefsOf("tag/banjir/index.html");
        Assert.NotNull(links);
        Assert.Contains("/arsip/artikel/baru/", links);
        Assert.Contains("/arsip/artikel/lama/", links);
        // The page's output entry carries the same ids, for the manifest; a feed, not a page, carries none.
        var entries = site.Context.Output.Entries;
        Assert.Equal(links, entries["tag/banjir/index.html"].Links!.Value.Select(id => site.Context.Links.HrefTable[id]));
        Assert.All(entries.Where(e => !e.Key.EndsWith(".html", StringComparison.Ordinal)), e => Assert.Null(e.Value.Links));
    }

    /// <summary>
    /// The output phases run side by side and share one write scheduler. A phase that blocked its thread until its
    /// writes were done held a pool thread the scheduler's workers needed: with every phase blocked, the writes waited
    /// for the pool to grow, a second at a time. Here the scheduler is kept busy, so no write can start: writing must
    /// hand back an unfinished task at once rather than wait; the gate is opened by a timer in case it waits anyway.
    /// </summary>
    [Fact]
    public async Task WritingWaitsForABusyWriteSchedulerWithoutHoldingItsThread()
    {
        using var site = new FakeSite();
        using var gate = new ManualResetEventSlim();
        var busy = Enumerable.Range(0, Environment.ProcessorCount)
            .Select(_ => Task.Factory.StartNew(() => gate.Wait(), CancellationToken.None, TaskCreationOptions.None, site.Context.WriteScheduler))
            .ToArray();
        using var opener = new Timer(_ => gate.Set(), null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);
        var context = site.Pipeline();

        var writing = new WriteDocumentsModule().ExecuteAsync([new Document("halaman", "tentang/index.html").WithContent("<p>Tentang</p>")], context);

        var returnedBeforeTheGateOpened = !gate.IsSet;
        gate.Set();
        await writing;
        await Task.WhenAll(busy);
        Assert.True(returnedBeforeTheGateOpened, "writing held its thread until the write scheduler was free");
        Assert.Equal("<p>Tentang</p>", File.ReadAllText(Path.Combine(site.Staging, "tentang", "index.html"), Encoding.UTF8));
    }
}
