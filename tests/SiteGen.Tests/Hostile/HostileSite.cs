using SiteGen.Tests.Support;

namespace SiteGen.Tests.Hostile;

/// <summary>
/// A site with neighbours, so a test can see that a build touched nothing but its output: <c>PARENT/site</c> (the
/// repo's input/, no articles until a case writes them) beside <c>PARENT/outside</c> (what a link in seeds/ may point
/// at, holding <see cref="Secret"/>) and <c>PARENT/neighbour</c> (an unrelated folder).
/// </summary>
public sealed class HostileSite : IDisposable
{
    /// <summary>Written only outside the site: a page that contains it read a file it must not.</summary>
    public const string Secret = "RAHASIA-DI-LUAR-SITUS";

    public HostileSite()
    {
        Parent = Path.Combine(Path.GetTempPath(), "sitegen-hostile-" + Guid.NewGuid().ToString("N")[..12]);
        Site = new TempSite(copySeed: false, root: Path.Combine(Parent, "site"));
        Outside = Path.Combine(Parent, "outside");
        Directory.CreateDirectory(Path.Combine(Outside, "folder"));
        File.WriteAllText(Path.Combine(Outside, "rahasia.txt"), $"Rahasia\nJAKARTA - {Secret} satu.\n");
        File.WriteAllText(Path.Combine(Outside, "folder", "rahasia-dua.txt"), $"Rahasia dua\nJAKARTA - {Secret} dua.\n");
        Directory.CreateDirectory(Path.Combine(Parent, "neighbour"));
        File.WriteAllText(Path.Combine(Parent, "neighbour", "index.html"), "<!DOCTYPE html><title>Tetangga</title>");
    }

    public string Parent { get; }
    public string Outside { get; }
    public TempSite Site { get; }

    /// <summary>Everything under the parent folder but the site's output.</summary>
    // The build cache lives in the site folder by design (the performance issue asks for it there); it is SiteGen's
    // own folder, git-ignored, and holds no input.
    public FolderSnapshot SnapshotAllButOutput() => FolderSnapshot.Take(Parent, "site/output", "site/.sitegen-cache");

    public void Dispose()
    {
        try { Directory.Delete(Parent, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
