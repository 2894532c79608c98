using System.IO.Hashing;
using SiteGen.Reading;

namespace SiteGen.Caching;

/// <summary>
/// What one build may reuse from the previous one, kept in <c>.sitegen-cache/build.cache</c> in the site root: the
/// analysed seed files (by content hash) and the manifest of the output folder the last build left.
/// </summary>
/// <remarks>
/// <para>The file starts with a magic number, a format version, the payload's length and an XxHash128 of the payload.
/// A file that is missing, truncated, of another version or whose checksum fails is ignored (the build runs cold and
/// writes a fresh one); so is every part whose key does not match: the analysed articles when the tool or the tag
/// settings differ (<see cref="BuildKeys.Analysis"/>), the manifest when it describes another output folder.</para>
/// <para>It is written to a temporary file and renamed over the old one, so a build killed while saving leaves the
/// previous cache or none, never half of one.</para>
/// </remarks>
public sealed class BuildCache
{
    public const string Folder = ".sitegen-cache";
    public const string FileName = "build.cache";
    private const ulong Magic = 0x31_45_48_43_41_43_47_53; // "SGCACHE1"
    private const int FormatVersion = 2;

    public BuildCache(SourceFileCache<AnalysedArticle> articles, OutputManifest? output = null)
    {
        Articles = articles;
        Output = output;
    }

    /// <summary>A cache that knows nothing, for a first build or when the cache is off.</summary>
    public static BuildCache Empty() => new(ArticleCache());

    /// <summary>A cache that remembers nothing, for a build that will not save one (<c>--no-cache</c>).</summary>
    public static BuildCache None() => new(new SourceFileCache<AnalysedArticle>(CacheFormat.Serialise, CacheFormat.DeserialiseAnalysed, keep: false));

    private static SourceFileCache<AnalysedArticle> ArticleCache(IReadOnlyDictionary<string, SourceFileEntry>? previous = null) =>
        new(CacheFormat.Serialise, CacheFormat.DeserialiseAnalysed, previous);

    public SourceFileCache<AnalysedArticle> Articles { get; }

    /// <summary>The output folder as the previous build left it; null when unknown or of another folder.</summary>
    public OutputManifest? Output { get; }

    /// <summary>
    /// Related articles as the last build chose them, with the key of what they were chosen from
    /// (<see cref="Archive.Related.Key"/>): reused as they are when the key is the same.
    /// </summary>
    public (UInt128 Key, IReadOnlyList<int>[] Lists)? Related { get; set; }

    /// <summary>Why the cache file was not used, when it existed but was not; null otherwise.</summary>
    public string? Rejected { get; private init; }

    public static string PathIn(string root) => System.IO.Path.Combine(root, Folder, FileName);

    /// <summary>Reads the cache of <paramref name="root"/>, keeping only the parts whose keys match.</summary>
    public static BuildCache Load(string root, UInt128 analysisKey, string outputFolder)
    {
        var path = PathIn(root);
        if (!File.Exists(path)) return Empty();
        try
        {
            var bytes = File.ReadAllBytes(path);
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false));
            if (bytes.Length < 32 || reader.ReadUInt64() != Magic || reader.ReadInt32() != FormatVersion)
                return Empty().With("not a cache of this version");
            var length = reader.ReadInt32();
            var checksum = reader.ReadUInt128();
            var payload = bytes.AsSpan(32);
            if (length != payload.Length || XxHash128.HashToUInt128(payload) != checksum)
                return Empty().With("damaged (checksum mismatch)");

            var articles = reader.ReadUInt128() == analysisKey ? ReadArticles(reader, bytes) : null;
            if (articles is null) return Empty();
            OutputManifest? manifest = null;
            if (reader.ReadBoolean())
            {
                manifest = ReadManifest(reader);
                if (manifest.OutputFolder != outputFolder) manifest = null;
            }
            (UInt128, IReadOnlyList<int>[])? related = null;
            if (reader.ReadBoolean()) related = (reader.ReadUInt128(), CacheFormat.ReadList(reader, r => CacheFormat.ReadList(reader, r2 => r2.ReadInt32())).ToArray());
            return new BuildCache(ArticleCache(articles), manifest) { Related = related };
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or ArgumentException or FormatException or OverflowException)
        {
            return Empty().With($"unreadable ({e.Message})");
        }
    }

    /// <summary>Writes the cache for the next build: what this build read, and the output it left.</summary>
    public static void Save(string root, UInt128 analysisKey, IReadOnlyDictionary<string, SourceFileEntry> articles, OutputManifest? output,
        (UInt128 Key, IReadOnlyList<int>[] Lists)? related = null)
    {
        var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(analysisKey);
            var keys = articles.Keys.ToArray();
            Array.Sort(keys, StringComparer.Ordinal);
            w.Write(keys.Length);
            foreach (var key in keys)
            {
                var e = articles[key];
                w.Write(key);
                w.Write(e.Stamp.Length);
                w.Write(e.Stamp.ModifiedTicks);
                w.Write(e.Trusted);
                w.Write(e.Hash.Value);
                w.Write(e.Payload.Length);
                w.Write(e.Payload.Span);
            }
            w.Write(output is not null);
            if (output is not null) WriteManifest(w, output);
            w.Write(related is not null);
            if (related is { } r)
            {
                w.Write(r.Key);
                CacheFormat.WriteList(w, r.Lists, (w2, list) => CacheFormat.WriteList(w2, list, (w3, i) => w3.Write(i)));
            }
        }

        var body = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        var folder = System.IO.Path.Combine(root, Folder);
        Directory.CreateDirectory(folder);
        var temporary = System.IO.Path.Combine(folder, $"{FileName}.{Guid.NewGuid():N}.tmp");
        using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        using (var w = new BinaryWriter(file))
        {
            w.Write(Magic);
            w.Write(FormatVersion);
            w.Write(body.Length);
            w.Write(XxHash128.HashToUInt128(body));
            w.Write(body);
        }
        File.Move(temporary, PathIn(root), overwrite: true);
    }

    private BuildCache With(string rejected) => new(Articles, Output) { Rejected = rejected, Related = Related };

    /// <summary>The analysed articles; each one's payload stays a slice of <paramref name="file"/>, the bytes read from disk.</summary>
    private static Dictionary<string, SourceFileEntry> ReadArticles(BinaryReader r, byte[] file)
    {
        var count = r.ReadInt32();
        if (count < 0) throw new InvalidDataException("negative count");
        var result = new Dictionary<string, SourceFileEntry>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = r.ReadString();
            var stamp = new FileStamp(r.ReadInt64(), r.ReadInt64());
            var trusted = r.ReadBoolean();
            var hash = new ContentHash(r.ReadUInt128());
            var length = r.ReadInt32();
            if (length < 0) throw new InvalidDataException("negative length");
            var at = r.BaseStream.Position;
            if (at + length > file.Length) throw new InvalidDataException("payload past the end");
            result[key] = new SourceFileEntry(stamp, trusted, hash, new ReadOnlyMemory<byte>(file, (int)at, length));
            r.BaseStream.Seek(length, SeekOrigin.Current);
        }
        return result;
    }

    private static void WriteManifest(BinaryWriter w, OutputManifest m)
    {
        w.Write(m.OutputFolder);
        w.Write(m.BuildKey);
        var r = m.Result;
        w.Write(r.ExitCode);
        w.Write(r.Articles);
        CacheFormat.WriteList(w, r.Diagnostics, CacheFormat.Write);
        w.Write(r.SearchStatus);
        w.Write(r.SearchMessage);
        w.Write(r.SearchPages);
        var paths = m.Files.Keys.ToArray();
        Array.Sort(paths, StringComparer.Ordinal);
        CacheFormat.WriteList(w, m.Hrefs, (w2, h) => w2.Write(h));
        w.Write(paths.Length);
        foreach (var p in paths)
        {
            var e = m.Files[p];
            w.Write(p);
            w.Write(e.Stamp.Length);
            w.Write(e.Stamp.ModifiedTicks);
            w.Write(e.Content.Value);
            w.Write(e.Fingerprint);
            w.Write(e.Links is null ? -1 : e.Links.Length);
            if (e.Links is not null)
                foreach (var id in e.Links) w.Write(id);
        }
    }

    private static OutputManifest ReadManifest(BinaryReader r)
    {
        var folder = r.ReadString();
        var buildKey = r.ReadUInt128();
        var result = new CachedResult(r.ReadInt32(), r.ReadInt32(), CacheFormat.ReadList(r, CacheFormat.ReadDiagnostic), r.ReadInt32(), r.ReadString(), r.ReadInt32());
        var hrefs = CacheFormat.ReadList(r, r2 => r2.ReadString());
        var count = r.ReadInt32();
        if (count < 0) throw new InvalidDataException("negative count");
        var files = new Dictionary<string, OutputEntry>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var path = r.ReadString();
            var stamp = new FileStamp(r.ReadInt64(), r.ReadInt64());
            var content = new ContentHash(r.ReadUInt128());
            var fingerprint = r.ReadUInt128();
            var linkCount = r.ReadInt32();
            int[]? links = null;
            if (linkCount >= 0)
            {
                links = new int[linkCount];
                for (var k = 0; k < linkCount; k++)
                    if ((uint)(links[k] = r.ReadInt32()) >= (uint)hrefs.Count) throw new InvalidDataException("link out of range");
            }
            files[path] = new OutputEntry(path, stamp, content, fingerprint, links);
        }
        return new OutputManifest(folder, buildKey, files, result, hrefs);
    }
}
