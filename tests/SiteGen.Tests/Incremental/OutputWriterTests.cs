using System.Text;
using SiteGen.Incremental;

namespace SiteGen.Tests.Incremental;

/// <summary>The writer of the staging folder: every file lands in its folder, and nothing lands outside.</summary>
public sealed class OutputWriterTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitegen-writer-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void EveryFileLandsInItsFolderWhateverWasWrittenBefore()
    {
        var writer = new OutputWriter(_folder) { RecordsWritten = true };
        // Deep folders first, then files beside them and above them, then a folder whose parent exists already.
        string[] paths = ["2023/07/27/banjir/index.html", "2023/07/27/index.html", "2023/index.html", "tag/banjir/index.html",
            "tag/banjir/feed.xml", "tag/banjir/halaman/2/index.html", "tag/index.html", "index.html", "2023/07/28/gempa/index.html"];
        foreach (var path in paths) writer.WriteText(path, "isi " + path);

        foreach (var path in paths)
            Assert.Equal("isi " + path, File.ReadAllText(Path.Combine(_folder, path)));
        Assert.Equal(paths.Length, writer.FilesWritten);
        Assert.Equal(paths.Order(StringComparer.Ordinal), writer.Written.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AWriterNotAskedToRecordItsFilesRefusesToListThem()
    {
        var writer = new OutputWriter(_folder);
        writer.WriteText("index.html", "isi");

        Assert.Equal(1, writer.FilesWritten);
        Assert.False(writer.RecordsWritten);
        Assert.Throws<InvalidOperationException>(() => writer.Written.ToList());
    }

    [Fact]
    public void AFolderRemovedBetweenTwoWritesIsMadeAgain()
    {
        // A writer that remembered which folders it had made would skip this one the second time.
        var writer = new OutputWriter(_folder);
        writer.WriteText("arsip/2023/07/index.html", "pertama");
        Directory.Delete(Path.Combine(_folder, "arsip"), recursive: true);
        writer.WriteText("arsip/2023/07/halaman/2/index.html", "kedua");
        Assert.Equal("kedua", File.ReadAllText(Path.Combine(_folder, "arsip/2023/07/halaman/2/index.html")));
    }

    [Theory]
    [InlineData("../keluar.html")]
    [InlineData("a/../../keluar.html")]
    [InlineData("/")]
    [InlineData("a//b.html")]
    public void APathLeavingTheFolderIsRefused(string destination)
    {
        var writer = new OutputWriter(_folder);
        Assert.Throws<InvalidOperationException>(() => writer.WriteBytes(destination, Encoding.UTF8.GetBytes("x")));
        Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), "keluar.html")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
