using SiteGen.Checks;
using System.Buffers.Binary;
using System.IO.Hashing;
using SiteGen.Archive;
using SiteGen.Inference;
using SiteGen.Inference.Sections;
using SiteGen.Model;

namespace SiteGen.Incremental;

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
    private const int HeaderLength = 36; // magic, version, the payload's length (64 bits), its checksum
    private const int FormatVersion = 14; // 14: each article's tag findings key before its findings; 13: the tag memory after the section memory; 12: the payload's length in 64 bits (a million articles make more than 2 GB); 11: the tag findings after their length in bytes; 10: the word bag after its length in bytes, and the section memory; 4: dates' confidence and evidence; 5: Article.Summary is carried (always null when cached, but a field the format left out); 6: the article's text repairs and blankness, and the build's repair counts; 7: tag candidates keep their place (lead), forms and short form, and name parts replace surnames; 8: each article's section words (the classifier's word bag) and Article.SectionWords; 9: tag findings of the issue-14 follow-up rules (nicknames, first names, whole names kept together)

    public BuildCache(SourceFileCache<AnalysedArticle> articles, OutputManifest? output = null)
    {
        Articles = articles;
        Output = output;
    }

    /// <summary>A cache that knows nothing, for a first build or when the cache is off.</summary>
    public static BuildCache Empty() => new(ArticleCache());

    /// <summary>A cache that remembers nothing, for a build that will not save one (<c>--no-cache</c>).</summary>
    public static BuildCache None() => new(new SourceFileCache<AnalysedArticle>(CacheFormat.Serialise, CacheFormat.DeserialiseAnalysed, keep: false));

    internal static SourceFileCache<AnalysedArticle> ArticleCache(IReadOnlyDictionary<string, SourceFileEntry>? previous = null,
        IReadOnlyDictionary<string, (ContentHash, AnalysedArticle)>? previousDecoded = null, bool keepDecoded = false, PayloadFile? previousFile = null) =>
        new(CacheFormat.Serialise, CacheFormat.DeserialiseAnalysed, previous, previousDecoded, keepDecoded, previousFile: previousFile);

    public SourceFileCache<AnalysedArticle> Articles { get; }

    /// <summary>The output folder as the previous build left it; null when unknown or of another folder.</summary>
    public OutputManifest? Output { get; }

    /// <summary>
    /// Whether <see cref="Output"/> was left by the previous build of this same process, which finished writing the
    /// folder and kept nothing that could have changed it since (<see cref="BuildCacheHandOff"/>): the folder is then
    /// taken to be exactly as the manifest says, without a stat of its thousands of files and folders.
    /// </summary>
    public bool OutputLeftByThisProcess { get; init; }

    /// <summary>
    /// Related articles as the last build chose them, with the key of what they were chosen from
    /// (<see cref="Related.Key"/>): reused as they are when the key is the same.
    /// </summary>
    public (Hash128 Key, IReadOnlyList<int>[] Lists)? Related { get; set; }

    /// <summary>
    /// The sections the last build's classifier guessed, with the classifier's key (<see cref="SectionMemory"/>):
    /// reused per article when the classifier and the article's text are the same.
    /// </summary>
    public SectionMemory? Sections { get; set; }

    /// <summary>
    /// The tags the last build's tag steps chose, with the key of everything they read (<see cref="TagMemory"/>): taken
    /// whole when the key is the same.
    /// </summary>
    public TagMemory? Tags { get; set; }

    /// <summary>
    /// Each article's summary view (by source path) as the last build of this process made it, with the key of what
    /// views are made with besides the article (the summary step's: the settings they print with and
    /// every term they link to), for the dev server. A rebuild with the same key takes the view of an article it is
    /// given as the same record; otherwise it keeps the view when the new one shows the same
    /// (<see cref="Rendering.Views.ArticleSummaryView.SameAs"/>). Either way the view comes with the fingerprint already
    /// worked out for it, instead of a copy for every unchanged article. Kept only when a hand-off carries the cache to
    /// the next build (<see cref="BuildCacheHandOff"/>), never in the cache file.
    /// </summary>
    public (Hash128 Key, IReadOnlyDictionary<string, KeptSummary> Views)? Summaries { get; set; }

    /// <summary>
    /// Each article cut to its summary (by source path) as the last build of this process cut it, for the dev server:
    /// an article the cache hands over as the same object is not cut again (a new record and summary string for
    /// every article, carried through each rebuild by the collector). Kept like <see cref="Summaries"/>.
    /// </summary>
    public IReadOnlyDictionary<string, SummarisedArticle>? Summarised { get; set; }

    /// <summary>
    /// Each article (by source path) as the last build of this process was given it and as inference gave it back, for
    /// the dev server: when inference is given the same article and gives back what it did (<see cref="Article.SameAs"/>),
    /// the record made last time stands for it, not a copy. Kept like <see cref="Summaries"/>.
    /// </summary>
    public IReadOnlyDictionary<string, InferredArticle>? Inferred { get; set; }

    /// <summary>Why the cache file was not used, when it existed but was not; null otherwise.</summary>
    public string? Rejected { get; private init; }

    public static string PathIn(string root) => System.IO.Path.Combine(root, Folder, FileName);

    /// <summary>Reads the cache of <paramref name="root"/>, keeping only the parts whose keys match.</summary>
    /// <param name="keepDecoded">Keep the articles this build decodes, for a <see cref="BuildCacheHandOff"/>.</param>
    /// <remarks>
    /// A build's articles' payloads stay in the file and are read from it when decoded (<see cref="SourceFileEntry.Spilled"/>):
    /// the whole file read as one array was live from the start of the build to its end, more than the cold build's
    /// peak (640 MB at 100,000 articles). A hand-off's entries do too: read as one array, the file was most of the dev
    /// server's heap for as long as it ran (63 of 172 MB at 10,000 articles), and a file past 2 GB (~370,000 articles)
    /// could not be read at all, so the server started with a cold build each time. The file may be replaced (the
    /// next save renames its own over it) or deleted while open: the open file goes on reading what it held.
    /// </remarks>
    public static BuildCache Load(string root, Hash128 analysisKey, string outputFolder, bool keepDecoded = false)
    {
        BuildCache Nothing() => new(ArticleCache(keepDecoded: keepDecoded));
        var path = PathIn(root);
        if (!File.Exists(path)) return Nothing();
        PayloadFile? file = null;
        try
        {
            file = PayloadFile.Open(path);
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16);
            if (Rejects(stream) is { } why)
            {
                file.Dispose();
                return Nothing().With(why);
            }
            stream.Position = HeaderLength;
            var payloads = file;
            var articles = ReadArticles(stream, analysisKey,
                (at, length) => new SourceFileEntry(default, false, default, ReadOnlyMemory<byte>.Empty) { Spilled = new PayloadSlot(payloads, at, length) });
            if (articles is null)
            {
                file.Dispose();
                return Nothing();
            }
            // The rest (the output manifest, related lists, sections) is decoded into objects anyway: read it whole.
            var rest = new byte[stream.Length - stream.Position];
            stream.ReadExactly(rest);
            var reader = new CacheReader(rest);
            OutputManifest? manifest = null;
            if (reader.ReadBoolean())
            {
                manifest = ReadManifest(reader);
                if (manifest.OutputFolder != outputFolder) manifest = null;
            }
            (Hash128, IReadOnlyList<int>[])? related = null;
            if (reader.ReadBoolean()) related = (reader.ReadHash128(), CacheFormat.ReadList(reader, r => CacheFormat.ReadList(reader, r2 => r2.ReadInt32())).ToArray());
            var sections = reader.ReadBoolean() ? ReadSections(reader) : null;
            var tags = reader.ReadBoolean() ? ReadTags(reader) : null;
            return new BuildCache(ArticleCache(articles, keepDecoded: keepDecoded, previousFile: file), manifest) { Related = related, Sections = sections, Tags = tags };
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or ArgumentException or FormatException or OverflowException)
        {
            file?.Dispose();
            return Nothing().With($"unreadable ({e.Message})");
        }
    }

    private const string Damaged = "damaged (checksum mismatch)";

    /// <summary>Why a cache file with this header and length is not one to use; null when the header fits.</summary>
    private static string? RejectsHeader(ReadOnlySpan<byte> header, long fileLength)
    {
        if (header.Length < HeaderLength || BinaryPrimitives.ReadUInt64LittleEndian(header) != Magic
            || BinaryPrimitives.ReadInt32LittleEndian(header[8..]) != FormatVersion)
            return "not a cache of this version";
        return BinaryPrimitives.ReadInt64LittleEndian(header[12..]) != fileLength - HeaderLength ? Damaged : null;
    }

    private static Hash128 ChecksumIn(ReadOnlySpan<byte> header) => Hash128.ReadLittleEndian(header[20..]);

    /// <summary>Why the cache file <paramref name="stream"/> reads is not one to use; null when it is. The body goes
    /// through the checksum a piece at a time, without being kept.</summary>
    private static string? Rejects(FileStream stream)
    {
        var header = new byte[HeaderLength];
        if (stream.Read(header) < HeaderLength) return "not a cache of this version";
        if (RejectsHeader(header, stream.Length) is { } why) return why;
        var checksum = new XxHash128();
        var buffer = new byte[1 << 20];
        int read;
        while ((read = stream.Read(buffer)) > 0) checksum.Append(buffer.AsSpan(0, read));
        return Hash128.Current(checksum) != ChecksumIn(header) ? Damaged : null;
    }

    /// <summary>Writes the cache for the next build: what this build read, and the output it left.</summary>
    /// <remarks>
    /// Through a file that is checksummed as it is written (<see cref="PendingCacheFile"/>), as a build saves its own: made in
    /// memory first, the dev server's save after each quiet rebuild held the whole cache as one array (63 MB at 10,000
    /// articles, on the large-object heap, where it set off a full collection; ten times that at 100,000).
    /// </remarks>
    public static void Save(string root, Hash128 analysisKey, IReadOnlyDictionary<string, SourceFileEntry> articles, OutputManifest? output,
        (Hash128 Key, IReadOnlyList<int>[] Lists)? related = null, SectionMemory? sections = null, TagMemory? tags = null)
    {
        var pending = PendingCacheFile.Create(System.IO.Path.Combine(root, Folder), HeaderLength);
        try
        {
            pending.Append(w => WriteArticles(w, analysisKey, articles));
            pending.Append(w => WriteAfterArticles(w, output, related, sections, tags));
            pending.Finish(PathIn(root), WriteHeader);
        }
        catch
        {
            pending.Discard();
            throw;
        }
    }

    /// <summary>The part of the payload after the articles: the output manifest, the related lists, the section memory.</summary>
    private static void WriteAfterArticles(BinaryWriter w, OutputManifest? output, (Hash128 Key, IReadOnlyList<int>[] Lists)? related, SectionMemory? sections,
        TagMemory? tags)
    {
        w.Write(output is not null);
        if (output is not null) WriteManifest(w, output);
        w.Write(related is not null);
        if (related is { } r)
        {
            w.Write(r.Key);
            CacheFormat.WriteList(w, r.Lists, (w2, list) => CacheFormat.WriteList(w2, list, (w3, i) => w3.Write(i)));
        }
        WriteSections(w, sections);
        WriteTags(w, tags);
    }

    private static void WriteArticles(BinaryWriter w, Hash128 analysisKey, IReadOnlyDictionary<string, SourceFileEntry> articles)
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
            w.Write(e.PayloadLength);
            e.ReadPayloadWith(w, static (payload, writer) =>
            {
                writer.Write(payload.Span);
                return true;
            });
        }
    }

    /// <summary>
    /// Sends every article analysed from now on to a <see cref="PayloadFile"/> in the cache folder instead of keeping its
    /// serialised form in memory until <see cref="SpillArticles"/>. For a build that saves its cache to the file; a
    /// hand-off gives its caches a file of its own (<see cref="BuildCacheHandOff.Take"/>).
    /// </summary>
    public void SpillPayloads(string root) => Articles.SpillPayloadsTo(new PayloadFile(System.IO.Path.Combine(root, Folder)));

    /// <summary>The next cache file, its articles' part written by <see cref="SpillArticles"/>; null until then.</summary>
    private PendingCacheFile? _pending;

    /// <summary>
    /// Writes the analysed articles' part of the next cache file now, into that file, and lets their serialised
    /// payloads go: they are a couple of kilobytes per article (the whole cache file on a warm build, which holds
    /// them as slices of its bytes), live from the input phase to the save at the very end, and nothing reads them
    /// in between. <see cref="Save(string, OutputManifest?)"/> then adds the rest and puts the file in place.
    /// </summary>
    public void SpillArticles(string root, Hash128 analysisKey)
    {
        if (_pending is not null) return;
        var pending = PendingCacheFile.Create(System.IO.Path.Combine(root, Folder), HeaderLength);
        try
        {
            pending.Append(w => WriteArticles(w, analysisKey, Articles.Current));
        }
        catch
        {
            pending.Discard();
            throw;
        }
        _pending = pending;
        Articles.DropEntries();
    }

    /// <summary>Whether <see cref="SpillArticles"/> has written the articles' part: then <see cref="Save(string, OutputManifest?)"/> saves.</summary>
    public bool ArticlesSpilled => _pending is not null;

    /// <summary>Finishes the cache file <see cref="SpillArticles"/> began with the output this build left, and puts it in place.</summary>
    public void Save(string root, OutputManifest? output)
    {
        var pending = _pending ?? throw new InvalidOperationException("the articles were not spilled; use the static Save");
        _pending = null;
        try
        {
            pending.Append(w => WriteAfterArticles(w, output, Related, Sections, Tags));
            pending.Finish(PathIn(root), WriteHeader);
        }
        catch
        {
            pending.Discard();
            throw;
        }
    }

    /// <summary>Deletes the cache file <see cref="SpillArticles"/> began, if this build did not save it (it failed or was cancelled).</summary>
    public void DiscardUnsaved()
    {
        _pending?.Discard();
        _pending = null;
    }

    private static void WriteHeader(BinaryWriter w, long payloadLength, Hash128 checksum)
    {
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(payloadLength);
        w.Write(checksum);
    }

    /// <summary>New ids for the hrefs some page uses (-1 for the rest), or null when every href is used.</summary>
    private static int[]? Renumbering(OutputManifest m)
    {
        var ids = new int[m.Hrefs.Count];
        foreach (var e in m.Files.Values)
            if (e.Links is { } links)
                foreach (var id in links) ids[id] = 1;
        var next = 0;
        for (var id = 0; id < ids.Length; id++) ids[id] = ids[id] == 1 ? next++ : -1;
        return next == ids.Length ? null : ids;
    }

    private BuildCache With(string rejected) => new(Articles, Output) { Rejected = rejected, Related = Related, Sections = Sections, Tags = Tags };

    // Guesses in key order, so the file does not depend on the order a dictionary was filled in.
    private static void WriteSections(BinaryWriter w, SectionMemory? sections)
    {
        w.Write(sections is not null);
        if (sections is null) return;
        w.Write(sections.Classifier);
        var keys = sections.Guesses.Keys.ToArray();
        Array.Sort(keys, (a, b) => a.High != b.High ? a.High.CompareTo(b.High) : a.Low.CompareTo(b.Low));
        w.Write(keys.Length);
        foreach (var key in keys)
        {
            w.Write(key);
            var slug = sections.Guesses[key];
            w.Write(slug is not null);
            if (slug is not null) w.Write(slug);
        }
    }

    // Each distinct tag once, then each article's tags as numbers into that table: an archive has far fewer tags than
    // articles, and the strings read back are then one object per tag, not per use.
    private static void WriteTags(BinaryWriter w, TagMemory? tags)
    {
        w.Write(tags is not null);
        if (tags is null) return;
        w.Write(tags.Key);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var table = new List<string>();
        foreach (var list in tags.Tags)
            foreach (var tag in list)
                if (ids.TryAdd(tag, table.Count)) table.Add(tag);
        CacheFormat.WriteList(w, table, (w2, t) => w2.Write(t));
        CacheFormat.WriteList(w, tags.Tags, (w2, list) => CacheFormat.WriteList(w2, list, (w3, t) => w3.Write(ids[t])));
        var names = tags.Aliases.Keys.ToArray();
        Array.Sort(names, StringComparer.Ordinal);
        w.Write(names.Length);
        foreach (var name in names)
        {
            w.Write(name);
            CacheFormat.WriteList(w, tags.Aliases[name], (w2, a) => w2.Write(a));
        }
    }

    private static TagMemory ReadTags(CacheReader r)
    {
        var key = r.ReadHash128();
        var table = CacheFormat.ReadList(r, r2 => r2.ReadString());
        var tags = CacheFormat.ReadList(r, r2 => (IReadOnlyList<string>)CacheFormat.ReadList(r2, r3 => r3.ReadInt32() is var id && (uint)id < (uint)table.Count
            ? table[id] : throw new InvalidDataException("a tag number is out of range")).ToArray()).ToArray();
        var count = r.ReadInt32();
        if (count < 0) throw new InvalidDataException("negative count");
        var aliases = new Dictionary<string, IReadOnlyList<string>>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var name = r.ReadString();
            aliases[name] = CacheFormat.ReadList(r, r2 => r2.ReadString()).ToArray();
        }
        return new TagMemory(key, tags, aliases);
    }

    private static SectionMemory ReadSections(CacheReader r)
    {
        var classifier = r.ReadHash128();
        var count = r.ReadInt32();
        if (count < 0) throw new InvalidDataException("negative count");
        var guesses = new Dictionary<Hash128, string?>(count);
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal); // a few sections, each slug once in memory
        for (var i = 0; i < count; i++)
        {
            var key = r.ReadHash128();
            string? slug = null;
            if (r.ReadBoolean())
            {
                var read = r.ReadString();
                slug = slugs.TryGetValue(read, out var known) ? known : slugs[read] = read;
            }
            guesses[key] = slug;
        }
        return new SectionMemory(classifier, guesses);
    }

    /// <summary>
    /// The analysed articles, each payload left where it lies: <paramref name="payloadAt"/> makes the entry for the
    /// payload at a place in the file and of a length (a slice of the file's bytes, or a place to read it from), and
    /// the reader fills in the rest. Null when the part was made with another analysis key.
    /// </summary>
    private static Dictionary<string, SourceFileEntry>? ReadArticles(Stream stream, Hash128 analysisKey, Func<long, int, SourceFileEntry> payloadAt)
    {
        using var r = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        Span<byte> hash = stackalloc byte[16];
        stream.ReadExactly(hash);
        if (Hash128.ReadLittleEndian(hash) != analysisKey) return null;
        var count = r.ReadInt32();
        if (count < 0) throw new InvalidDataException("negative count");
        var result = new Dictionary<string, SourceFileEntry>(count, StringComparer.Ordinal);
        // Asked once: a file stream's length is a system call each time (39 ms for 10,000 articles in a one-edit build).
        var streamLength = stream.Length;
        for (var i = 0; i < count; i++)
        {
            var key = r.ReadString();
            var stamp = new FileStamp(r.ReadInt64(), r.ReadInt64());
            var trusted = r.ReadBoolean();
            stream.ReadExactly(hash);
            var length = r.ReadInt32();
            if (length < 0 || length > streamLength - stream.Position) throw new InvalidDataException("payload length out of range");
            result[key] = payloadAt(stream.Position, length) with { Stamp = stamp, Trusted = trusted, Hash = new ContentHash(Hash128.ReadLittleEndian(hash)) };
            stream.Seek(length, SeekOrigin.Current);
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
        w.Write(r.Repairs.Articles);
        CacheFormat.WriteList(w, r.Repairs.ByRepair, (w2, n) => w2.Write(n));
        var paths = m.Files.Keys.ToArray();
        Array.Sort(paths, StringComparer.Ordinal);
        // The table may hold hrefs no page uses any more (it starts as the last build's); those are left out and the
        // ids renumbered in order, so each page's ids stay sorted and the table does not grow from build to build.
        var renumbered = Renumbering(m);
        var hrefs = renumbered is null ? m.Hrefs : m.Hrefs.Where((_, id) => renumbered[id] >= 0).ToList();
        CacheFormat.WriteList(w, hrefs, (w2, h) => w2.Write(h));
        w.Write(paths.Length);
        foreach (var p in paths)
        {
            var e = m.Files[p];
            w.Write(p);
            w.Write(e.Stamp.Length);
            w.Write(e.Stamp.ModifiedTicks);
            w.Write(e.Content.Value);
            w.Write(e.Fingerprint);
            if (e.Links is not { } links)
            {
                w.Write(-1);
                continue;
            }
            w.Write(links.Count);
            foreach (var id in links) w.Write(renumbered is null ? id : renumbered[id]);
        }
        var folders = m.Folders.Keys.ToArray();
        Array.Sort(folders, StringComparer.Ordinal);
        w.Write(folders.Length);
        foreach (var f in folders)
        {
            var stamp = m.Folders[f];
            w.Write(f);
            w.Write(stamp.ModifiedTicks);
            w.Write(stamp.Trusted);
        }
    }

    private static OutputManifest ReadManifest(CacheReader r)
    {
        var folder = r.ReadString();
        var buildKey = r.ReadHash128();
        var result = new CachedResult(r.ReadInt32(), r.ReadInt32(), CacheFormat.ReadList(r, CacheFormat.ReadDiagnostic), r.ReadInt32(), r.ReadString(), r.ReadInt32())
        {
            Repairs = new TextRepairCounts(r.ReadInt32(), CacheFormat.ReadList(r, r2 => r2.ReadInt32())),
        };
        var hrefs = CacheFormat.ReadList(r, r2 => r2.ReadString());
        var count = r.ReadInt32();
        if (count < 0) throw new InvalidDataException("negative count");
        var files = new Dictionary<string, OutputEntry>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var path = r.ReadString();
            var stamp = new FileStamp(r.ReadInt64(), r.ReadInt64());
            var content = new ContentHash(r.ReadHash128());
            var fingerprint = r.ReadHash128();
            var linkCount = r.ReadInt32();
            LinkIds? links = null;
            if (linkCount >= 0)
            {
                var ids = CacheFormat.ReadInts(r, linkCount);
                for (var j = 0; j < ids.Length; j++)
                    if ((uint)ids[j] >= (uint)hrefs.Count || (j > 0 && ids[j] <= ids[j - 1])) throw new InvalidDataException("link out of range or out of order");
                links = LinkIds.FromSorted(ids);
            }
            files[path] = new OutputEntry(path, stamp, content, fingerprint, links);
        }
        var folderCount = r.ReadInt32();
        if (folderCount < 0) throw new InvalidDataException("negative count");
        var folders = new Dictionary<string, FolderStamp>(folderCount, StringComparer.Ordinal);
        for (var i = 0; i < folderCount; i++) folders[r.ReadString()] = new FolderStamp(r.ReadInt64(), r.ReadBoolean());
        return new OutputManifest(folder, buildKey, files, result, hrefs) { Folders = folders };
    }
}
