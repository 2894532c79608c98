using System.Text;
using SiteGen.Engine;
using SiteGen.Model;
using SiteGen.Modules.Writing;
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
}
