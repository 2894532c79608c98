using SiteGen.Engine;
using SiteGen.Reading;

namespace SiteGen.Tests.Reading;

/// <summary>Which files under <c>seeds/</c> are articles, and which links the walk refuses to follow.</summary>
public sealed class SeedFilesTests : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "sitegen-seedfiles-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string _root;
    private readonly string _outside;

    public SeedFilesTests()
    {
        _root = Path.Combine(_parent, "site");
        _outside = Path.Combine(_parent, "outside");
        Directory.CreateDirectory(Path.Combine(_root, "seeds"));
        Directory.CreateDirectory(Path.Combine(_outside, "folder"));
        File.WriteAllText(Path.Combine(_outside, "rahasia.txt"), "Rahasia\nIsi.");
        File.WriteAllText(Path.Combine(_outside, "folder", "rahasia-dua.txt"), "Rahasia dua\nIsi.");
        File.WriteAllText(Path.Combine(_root, "seeds", "biasa.txt"), "Biasa\nIsi.");
    }

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    private (IReadOnlyList<string> Files, IReadOnlyList<Diagnostic> Diagnostics) List()
    {
        var bag = new DiagnosticBag();
        var files = SeedFiles.List(_root, bag);
        return (files.Select(f => f.RelativePath).ToList(), bag.Sorted());
    }

    private string Seeds(string relative) => Path.Combine(_root, "seeds", relative);

    [Fact]
    public void ALinkToAFolderOutsideTheSiteIsAnErrorAndNothingInItIsRead()
    {
        Directory.CreateSymbolicLink(Seeds("lama"), Path.Combine(_outside, "folder"));

        var (files, diagnostics) = List();

        Assert.Equal(["seeds/biasa.txt"], files);
        var d = Assert.Single(diagnostics);
        Assert.Equal((Severity.Error, "seeds/lama"), (d.Severity, d.File));
        Assert.Contains("link to a folder outside the site", d.Message);
    }

    [Fact]
    public void ALinkToAFileOutsideTheSiteIsAnError()
    {
        File.CreateSymbolicLink(Seeds("tautan.txt"), Path.Combine(_outside, "rahasia.txt"));

        var (files, diagnostics) = List();

        Assert.Equal(["seeds/biasa.txt"], files);
        Assert.Equal(("seeds/tautan.txt", Severity.Error), (Assert.Single(diagnostics).File, diagnostics[0].Severity));
    }

    [Fact]
    public void ALinkedFolderInsideTheSiteIsReadWhereItReallyIs()
    {
        Directory.CreateDirectory(Path.Combine(_root, "lain"));
        File.WriteAllText(Path.Combine(_root, "lain", "dalam.txt"), "Dalam\nIsi.");
        // Relative to where the linked folder really is, this leads out of the site; relative to the link it would not.
        Directory.CreateSymbolicLink(Path.Combine(_root, "lain", "kabur"), Path.Combine("..", "..", "outside", "folder"));
        Directory.CreateSymbolicLink(Seeds("tambahan"), Path.Combine(_root, "lain"));

        var (files, diagnostics) = List();

        Assert.Equal(["seeds/biasa.txt", "seeds/tambahan/dalam.txt"], files);
        var d = Assert.Single(diagnostics);
        Assert.Equal((Severity.Error, "seeds/tambahan/kabur"), (d.Severity, d.File));
    }

    [Fact]
    public void EachFileIsOpenedWhereItReallyIsAPlainOneAFileLinkAndOneInALinkedFolder()
    {
        Directory.CreateDirectory(Path.Combine(_root, "lain"));
        File.WriteAllText(Path.Combine(_root, "lain", "dalam.txt"), "Dalam\nIsi.");
        File.WriteAllText(Path.Combine(_root, "asli.txt"), "Asli\nIsi.");
        Directory.CreateSymbolicLink(Seeds("tambahan"), Path.Combine(_root, "lain"));
        File.CreateSymbolicLink(Seeds("tautan.txt"), Path.Combine(_root, "asli.txt"));

        var files = SeedFiles.List(_root, new DiagnosticBag()).ToDictionary(f => f.RelativePath, f => f.FullPath);

        Assert.Equal(Seeds("biasa.txt"), files["seeds/biasa.txt"]);
        Assert.Equal(Path.Combine(_root, "lain", "dalam.txt"), files["seeds/tambahan/dalam.txt"]);
        Assert.Equal(Path.Combine(_root, "asli.txt"), files["seeds/tautan.txt"]);
        Assert.All(files.Values, path => Assert.True(File.Exists(path), path));
    }

    [Fact]
    public void ALinkBackToAParentFolderIsReadOnceNotForever()
    {
        Directory.CreateDirectory(Seeds("sub"));
        File.WriteAllText(Seeds("sub/anak.txt"), "Anak\nIsi.");
        Directory.CreateSymbolicLink(Seeds("sub/putar"), Path.Combine(_root, "seeds"));

        var (files, diagnostics) = List();

        Assert.Equal(["seeds/biasa.txt", "seeds/sub/anak.txt"], files);
        var d = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, "seeds/sub/putar"), (d.Severity, d.File));
    }

    [Fact]
    public void HiddenFilesAndSubfoldersAreRead()
    {
        Directory.CreateDirectory(Seeds("2023/07"));
        File.WriteAllText(Seeds("2023/07/b.txt"), "B\nIsi.");
        File.WriteAllText(Seeds(".tersembunyi.txt"), "Tersembunyi\nIsi.");
        File.WriteAllText(Seeds("catatan.md"), "bukan artikel");

        var (files, diagnostics) = List();

        Assert.Equal(["seeds/.tersembunyi.txt", "seeds/2023/07/b.txt", "seeds/biasa.txt"], files);
        Assert.Empty(diagnostics);
    }

    /// <summary>
    /// Files are looked at in batches of a few thousand, their stats on every core: more files than a batch, in two
    /// folders, with a link among them, must each come once, in order, a plain file with its own stamp, a link with none.
    /// </summary>
    [Fact]
    public void MoreFilesThanABatchComeEachOnceInOrderWithTheirOwnStamps()
    {
        Directory.CreateDirectory(Seeds("arsip"));
        var written = new List<string> { "seeds/biasa.txt" };
        for (var i = 0; i < 5000; i++)
        {
            var relative = i % 2 == 0 ? $"b{i:00000}.txt" : $"arsip/a{i:00000}.txt";
            File.WriteAllText(Seeds(relative), new string('x', i % 97));
            written.Add("seeds/" + relative);
        }
        File.CreateSymbolicLink(Seeds("arsip/tautan.txt"), Seeds("b00000.txt"));
        written.Add("seeds/arsip/tautan.txt");

        var files = SeedFiles.List(_root, new DiagnosticBag());

        Assert.Equal(written.Order(StringComparer.Ordinal), files.Select(f => f.RelativePath));
        foreach (var file in files)
        {
            var info = new FileInfo(Path.Combine(_root, file.RelativePath));
            if (file.RelativePath.EndsWith("tautan.txt", StringComparison.Ordinal)) Assert.Null(file.Stamp);
            else Assert.Equal(new SiteGen.Model.FileStamp(info.Length, info.LastWriteTimeUtc.Ticks), file.Stamp);
        }
    }
}
