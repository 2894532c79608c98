using System.IO.Hashing;
using SiteGen.Model;

namespace SiteGen.Incremental;

/// <summary>
/// The next cache file while a build writes it, part by part, beside the cache: the analysed articles as soon as
/// inference is done with them (<see cref="BuildCache.SpillArticles"/>), the output manifest once the site is
/// written, then the header, which needs the body's length and checksum; only then does it take the cache's name.
/// </summary>
/// <remarks>
/// The articles' part used to go to a temporary file of its own and be copied into the cache file at the save: the
/// whole cache written twice and read once more (64 MB at 10,000 articles, several GB at a million), for nothing.
/// A build that fails or is cancelled deletes the file (<see cref="Discard"/>); one killed outright leaves it, and the
/// next build that writes a cache removes such leftovers once they are a day old (a day: no build of this folder can
/// still be writing one, while the dev server and a build may well be writing theirs at the same time).
/// </remarks>
internal sealed class PendingCacheFile
{
    private const string Suffix = ".pending.tmp";
    private static readonly TimeSpan LeftoverAge = TimeSpan.FromDays(1);

    private readonly FileStream _file;
    private readonly int _headerLength;
    private readonly XxHash128 _checksum = new();

    private PendingCacheFile(string path, FileStream file, int headerLength)
    {
        Path = path;
        _file = file;
        _headerLength = headerLength;
    }

    public string Path { get; }

    /// <summary>A new file in <paramref name="folder"/> whose header is left blank for <see cref="Finish"/>.</summary>
    public static PendingCacheFile Create(string folder, int headerLength)
    {
        Directory.CreateDirectory(folder);
        RemoveLeftovers(folder);
        var path = System.IO.Path.Combine(folder, $"{BuildCache.FileName}.{Guid.NewGuid():N}{Suffix}");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        try
        {
            file.Write(new byte[headerLength]);
        }
        catch
        {
            file.Dispose();
            File.Delete(path);
            throw;
        }
        return new PendingCacheFile(path, file, headerLength);
    }

    /// <summary>Appends what <paramref name="write"/> writes to the body, counted in its checksum.</summary>
    public void Append(Action<BinaryWriter> write)
    {
        // Disposing the writer flushes the buffer into the file; the checksumming stream leaves the file open.
        using var w = new BinaryWriter(new BufferedStream(new ChecksummedStream(_file, _checksum), 1 << 16), System.Text.Encoding.UTF8);
        write(w);
    }

    /// <summary>Writes the header (<paramref name="writeHeader"/> given the body's length and checksum) and gives the file <paramref name="destination"/>.</summary>
    public void Finish(string destination, Action<BinaryWriter, long, Hash128> writeHeader)
    {
        using (_file)
        {
            var length = _file.Length - _headerLength;
            _file.Position = 0;
            using var header = new BinaryWriter(_file, System.Text.Encoding.UTF8, leaveOpen: true);
            writeHeader(header, length, Hash128.Current(_checksum));
        }
        File.Move(Path, destination, overwrite: true);
    }

    /// <summary>Closes and deletes the file: the build that wrote it saves no cache.</summary>
    public void Discard()
    {
        _file.Dispose();
        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
            // Left for the next build's sweep.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void RemoveLeftovers(string folder)
    {
        var before = DateTime.UtcNow - LeftoverAge;
        foreach (var file in Directory.EnumerateFiles(folder, $"{BuildCache.FileName}.*{Suffix}"))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) < before) File.Delete(file);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
