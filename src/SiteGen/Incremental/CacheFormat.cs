using SiteGen.Engine;
using SiteGen.Inference;
using SiteGen.Inference.Sections;
using SiteGen.Language;
using SiteGen.Model;

namespace SiteGen.Incremental;

/// <summary>
/// How the records the cache keeps are written: plain binary, field by field, in a fixed order. A new field on one of
/// these records must be added here too; the round-trip test compares every property to catch one that is not.
/// </summary>
internal static class CacheFormat
{
    // One buffer a thread, emptied for each article: a new one grew by doubling to each payload's ~5.5 KB, three times
    // the payload in arrays thrown away for every article analysed.
    [ThreadStatic] private static MemoryStream? t_buffer;

    public static byte[] Serialise(AnalysedArticle a)
    {
        var stream = t_buffer ??= new MemoryStream(8 * 1024);
        stream.SetLength(0);
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) Write(w, a);
        var bytes = stream.ToArray();
        // A rare long text's buffer is let go rather than kept by the thread to the end of the build.
        if (stream.Capacity > MaxKeptBuffer) t_buffer = null;
        return bytes;
    }

    private const int MaxKeptBuffer = 256 * 1024;

    public static AnalysedArticle DeserialiseAnalysed(ReadOnlyMemory<byte> payload) => ReadAnalysed(CacheReader.Over(payload));

    /// <summary>
    /// The analysed article with the strings articles repeat (words, tag candidates, city, portal, editor) taken from
    /// <paramref name="shared"/>, as <see cref="SharedStrings"/> would have made them after decoding, without a second pass.
    /// </summary>
    /// <param name="leaveEncoded">
    /// Leave the tag findings and the word bag encoded, decoded again each time something reads them
    /// (<see cref="ArticleEvidence.Tags"/>, <see cref="ArticleEvidence.Words"/>): a build that remembers the sections it
    /// classified reads few bags, and the corpus steps read each article's findings a few times, one article at a time.
    /// The evidence then holds the parts' bytes (slices of <paramref name="payload"/>), or only their place in the payload
    /// file when <paramref name="spilled"/> says where the payload is, and <paramref name="shared"/>; so this suits a
    /// build, not a cache kept across builds.
    /// </param>
    /// <param name="spilled">Where <paramref name="payload"/> was read from, when it went to the build's <see cref="PayloadFile"/>.</param>
    /// <param name="gatherTagsIn">With <paramref name="spilled"/>: the reading thread's batch of a file to copy the tag findings'
    /// bytes to and read them from, so that they lie next to those of the articles it decoded before and after (see
    /// <see cref="ReadAnalysed"/>); they can be read once the batch is disposed.</param>
    /// <remarks>Not <paramref name="leaveEncoded"/> but <paramref name="spilled"/> given (a process that keeps its
    /// articles between builds): the tag findings are decoded now and the word bag left where it lies in the file
    /// (<see cref="ArticleEvidence(DateEvidence?, TagFindings?, StoredEvidence)"/>).</remarks>
    public static AnalysedArticle DeserialiseAnalysed(ReadOnlyMemory<byte> payload, SharedStrings? shared, bool leaveEncoded = false, PayloadSlot? spilled = null,
        PayloadBatch? gatherTagsIn = null) =>
        leaveEncoded ? ReadAnalysed(CacheReader.Over(payload), shared, payload, spilled, gatherTagsIn)
        : spilled is not null ? ReadAnalysed(CacheReader.Over(payload), shared, payload, spilled, decodeTags: true)
        : ReadAnalysed(CacheReader.Over(payload), shared);

    public static void Write(BinaryWriter w, AnalysedArticle a)
    {
        w.Write(a.Hash.Value);
        WriteList(w, a.Diagnostics, Write);
        w.Write(a.Article is not null);
        if (a.Article is { } article) Write(w, article);
        w.Write(a.Evidence.Date is not null);
        if (a.Evidence.Date is { } date) Write(w, date);
        // The tag findings and the word bag each after their length in bytes: a reader that may not need them skips them
        // and decodes them when they are read (see ReadAnalysed).
        w.Write(a.Evidence.Tags is not null);
        if (a.Evidence.Tags is { } tags)
        {
            w.Write(a.Evidence.TagsKey);
            WriteMeasured(w, w2 => Write(w2, tags));
        }
        var words = a.Evidence.Words;
        WriteMeasured(w, w2 =>
        {
            WriteList(w2, words.Words, (w3, word) => w3.Write(word));
            WriteList(w2, words.Counts, (w3, n) => w3.Write(n));
        });
    }

    /// <summary>What <paramref name="write"/> writes, after its length in bytes.</summary>
    private static void WriteMeasured(BinaryWriter w, Action<BinaryWriter> write)
    {
        w.Flush();
        var lengthAt = w.BaseStream.Position;
        w.Write(0);
        write(w);
        w.Flush();
        var end = w.BaseStream.Position;
        w.BaseStream.Position = lengthAt;
        w.Write(checked((int)(end - lengthAt - 4)));
        w.Flush();
        w.BaseStream.Position = end;
    }

    /// <param name="payload">The bytes <paramref name="r"/> reads, to decode the tag findings and the word bag from
    /// when something reads them; null to decode them now.</param>
    /// <param name="spilled">Where <paramref name="payload"/> is in the build's <see cref="PayloadFile"/>, if it is: then
    /// <paramref name="payload"/> holds the bytes only for this call (a buffer lent for it, <see cref="PayloadSlot.ReadWith"/>),
    /// so nothing decoded keeps a slice of it: the parts are read from the file again when they are wanted.</param>
    /// <param name="gatherTagsIn">
    /// With <paramref name="spilled"/>: where the tag findings' bytes are copied and then read from, rather than from their
    /// place in the payload. The corpus steps read every article's findings several times over, in article order; where each
    /// lies inside its ~5.5 KB payload, every 64 KB block read for them (<see cref="PayloadFile"/>) held a dozen
    /// articles' findings, and the reads were half the tag steps of a one-edit build (333 of 608 ms at 10,000 articles).
    /// Appended here as the articles are decoded, ~470 bytes each, a block holds a hundred or more; the batch writes them a
    /// block at a time (<see cref="PayloadBatch"/>).
    /// </param>
    /// <param name="decodeTags">With <paramref name="payload"/>: decode the tag findings now, leaving only the word bag encoded.</param>
    public static AnalysedArticle ReadAnalysed(CacheReader r, SharedStrings? shared = null, ReadOnlyMemory<byte>? payload = null, PayloadSlot? spilled = null,
        PayloadBatch? gatherTagsIn = null, bool decodeTags = false)
    {
        var start = r.Position;
        var hash = new ContentHash(r.ReadHash128());
        var diagnostics = ReadList(r, ReadDiagnostic);
        var article = r.ReadBoolean() ? ReadArticle(r, shared) : null;
        var date = r.ReadBoolean() ? ReadDateEvidence(r) : null;
        var hasTags = r.ReadBoolean();
        var tagsKey = hasTags ? r.ReadHash128() : TagMemory.KeyOf(TagFindings.Empty);
        if (payload is not { } bytes)
        {
            // Decoded now, the findings give their key again (ArticleEvidence's constructor): the one stored is not needed.
            var tags = hasTags ? ReadMeasured(r, r2 => ReadTagFindings(r2, shared)) : null;
            var bag = ReadMeasured(r, r2 => ReadBag(r2, shared));
            var evidence = date is null && tags is null && bag.Count == 0 ? ArticleEvidence.None : new ArticleEvidence(date, tags, bag);
            return new AnalysedArticle(hash, article, evidence, diagnostics);
        }

        // Left encoded: each read decodes the part again from where it lies, the file when the payload was spilled.
        if (decodeTags)
        {
            var found = hasTags ? ReadMeasured(r, r2 => ReadTagFindings(r2, shared)) : null;
            return new AnalysedArticle(hash, article, new ArticleEvidence(date, found, new EncodedEvidence(null, PlaceOfMeasured(r, start, bytes, spilled), shared)), diagnostics);
        }
        var tagsAt = hasTags ? PlaceOfMeasured(r, start, bytes, spilled, gatherTagsIn) : null;
        var bagAt = PlaceOfMeasured(r, start, bytes, spilled);
        return new AnalysedArticle(hash, article, new ArticleEvidence(date, tagsKey, new EncodedEvidence(tagsAt, bagAt, shared)), diagnostics);
    }

    /// <summary>
    /// An article's tag findings and words as they lie in its payload, decoded on each read. It holds only the parts it
    /// reads again, never the reader or the payload copy, which would keep every payload alive through the build.
    /// </summary>
    private sealed class EncodedEvidence(EncodedPart? tags, EncodedPart words, SharedStrings? shared) : StoredEvidence
    {
        public override TagFindings? LoadTags() => tags?.Decode(shared, static (r, s) => ReadTagFindings(r, s));

        public override WordBag LoadWords() => words.Decode(shared, static (r, s) => ReadBag(r, s));
    }

    /// <summary>Skips the measured part <paramref name="r"/> is at, and says how to read it again: from <paramref name="gatherIn"/>,
    /// when given and the payload is spilled, after copying the part there.</summary>
    private static EncodedPart PlaceOfMeasured(CacheReader r, int payloadStart, ReadOnlyMemory<byte> payload, PayloadSlot? spilled,
        PayloadBatch? gatherIn = null)
    {
        var length = r.ReadInt32();
        if (length < 0) throw new InvalidDataException("a measured part's length is out of range");
        var at = r.Position - payloadStart;
        r.ReadSlice(length);
        if (spilled is not { } slot) return EncodedPart.Over(payload.Slice(at, length));
        return EncodedPart.At(gatherIn is null ? slot.Slice(at, length) : gatherIn.Append(payload.Span.Slice(at, length)));
    }

    private static T ReadMeasured<T>(CacheReader r, Func<CacheReader, T> read)
    {
        var length = r.ReadInt32();
        if (length < 0) throw new InvalidDataException("a measured part's length is out of range");
        var end = r.Position + length;
        var value = read(r);
        if (r.Position != end) throw new InvalidDataException("a measured part was not read to its end");
        return value;
    }

    private static WordBag ReadBag(CacheReader r, SharedStrings? shared)
    {
        var words = ReadList(r, r2 => r2.ReadString(shared));
        var counts = ReadList(r, r2 => r2.ReadInt32());
        if (counts.Count != words.Count) throw new InvalidDataException("a word bag's counts do not match its words");
        return words.Count == 0 ? WordBag.Empty : new WordBag(words, counts);
    }

    public static void Write(BinaryWriter w, Diagnostic d)
    {
        w.Write((byte)d.Severity);
        w.Write(d.File);
        WriteNullable(w, d.Line);
        w.Write(d.Message);
    }

    public static Diagnostic ReadDiagnostic(CacheReader r) =>
        new((Severity)r.ReadByte(), r.ReadString(), ReadNullableInt(r), r.ReadString());

    private static void Write(BinaryWriter w, Article a)
    {
        w.Write(a.SourcePath);
        w.Write(a.Title);
        w.Write(a.Lead);
        WriteNullable(w, a.Summary);
        WriteList(w, a.Paragraphs, (w2, p) => w2.Write(p));
        WriteNullable(w, a.City);
        WriteNullable(w, a.Source);
        WriteNullable(w, a.Editor);
        w.Write(a.WordCount);
        w.Write(a.ReadingMinutes);
        w.Write(a.Draft);
        w.Write(a.Blank);
        w.Write((int)a.Repairs);
        WriteNullable(w, a.SlugOverride);
        w.Write(a.Slug);
        w.Write(a.Url);
        WriteNullable(w, a.Date);
        w.Write((byte)a.DateSource);
        w.Write(a.DateConfidence is not null);
        if (a.DateConfidence is { } confidence) w.Write(confidence);
        WriteNullable(w, a.DateReason);
        WriteList(w, a.Tags, (w2, t) => w2.Write(t));
        w.Write((byte)a.TagSource);
        WriteNullable(w, a.Section);
        w.Write((byte)a.SectionSource);
        WriteList(w, a.SectionWords, (w2, word) => w2.Write(word));
        var fm = a.FrontMatter;
        WriteNullable(w, fm.Title);
        WriteNullable(w, fm.Description);
        WriteNullable(w, fm.Date);
        w.Write(fm.Tags is not null);
        if (fm.Tags is not null) WriteList(w, fm.Tags, (w2, t) => w2.Write(t));
        WriteNullable(w, fm.Slug);
        WriteNullable(w, fm.Editor);
        WriteNullable(w, fm.City);
        WriteNullable(w, fm.Section);
        WriteNullable(w, fm.Draft is null ? null : fm.Draft.Value ? 1 : 0);
    }

    private static Article ReadArticle(CacheReader r, SharedStrings? shared)
    {
        var article = new Article
        {
            SourcePath = r.ReadString(),
            Title = r.ReadString(),
            Lead = r.ReadString(),
            Summary = ReadNullableString(r),
            Paragraphs = ReadList(r, r2 => r2.ReadString()),
            City = ReadNullableString(r, shared),
            Source = ReadNullableString(r, shared),
            Editor = ReadNullableString(r, shared),
            WordCount = r.ReadInt32(),
            ReadingMinutes = r.ReadInt32(),
            Draft = r.ReadBoolean(),
            Blank = r.ReadBoolean(),
            Repairs = (TextRepairs)r.ReadInt32(),
            SlugOverride = ReadNullableString(r),
            Slug = r.ReadString(),
            Url = r.ReadString(),
            Date = ReadNullableDate(r),
            DateSource = (ValueSource)r.ReadByte(),
            DateConfidence = r.ReadBoolean() ? r.ReadDouble() : null,
            DateReason = ReadNullableString(r),
            Tags = ReadList(r, r2 => r2.ReadString()),
            TagSource = (ValueSource)r.ReadByte(),
            Section = ReadNullableString(r),
            SectionSource = (ValueSource)r.ReadByte(),
            SectionWords = ReadList(r, r2 => r2.ReadString()),
        };
        var front = new FrontMatterValues
        {
            Title = ReadNullableString(r),
            Description = ReadNullableString(r),
            Date = ReadNullableDate(r),
            Tags = r.ReadBoolean() ? ReadList(r, r2 => r2.ReadString()) : null,
            Slug = ReadNullableString(r),
            Editor = ReadNullableString(r),
            City = ReadNullableString(r),
            Section = ReadNullableString(r),
            Draft = ReadNullableInt(r) is { } d ? d == 1 : null,
        };
        // The reader shares one empty instance; keep that so records compare the same after a round trip.
        return article with { FrontMatter = front == FrontMatterValues.Empty ? FrontMatterValues.Empty : front };
    }

    private static void Write(BinaryWriter w, DateEvidence e)
    {
        WriteList(w, e.Clues, (w2, c) => { Write(w2, c.Mention); w2.Write((byte)c.Role); w2.Write(c.InLead); });
        WriteList(w, e.RelativeWeekdays, (w2, m) => { w2.Write(m.Index); w2.Write(m.Length); w2.Write((byte)m.Weekday); w2.Write((byte)m.Relative); });
    }

    private static DateEvidence ReadDateEvidence(CacheReader r)
    {
        var clues = ReadList(r, r2 => new DateClue(ReadMention(r2), (DateRole)r2.ReadByte(), r2.ReadBoolean()));
        var weekdays = ReadList(r, r2 => new WeekdayMention(r2.ReadInt32(), r2.ReadInt32(), (DayOfWeek)r2.ReadByte(), (RelativeWord)r2.ReadByte()));
        return clues.Count == 0 && weekdays.Count == 0 ? DateEvidence.None : new DateEvidence(clues, weekdays);
    }

    private static void Write(BinaryWriter w, DateMention m)
    {
        w.Write(m.Index);
        w.Write(m.Length);
        w.Write((byte)m.Form);
        w.Write(m.Day);
        w.Write(m.Month);
        WriteNullable(w, m.Year);
        WriteNullable(w, m.Weekday is { } d ? (int)d : null);
        w.Write((byte)m.Relative);
    }

    private static DateMention ReadMention(CacheReader r) => new(
        r.ReadInt32(), r.ReadInt32(), (DateForm)r.ReadByte(), r.ReadInt32(), r.ReadInt32(), ReadNullableInt(r),
        ReadNullableInt(r) is { } d ? (DayOfWeek)d : null, (RelativeWord)r.ReadByte());

    private static void Write(BinaryWriter w, TagFindings f)
    {
        WriteList(w, f.Candidates, Write);
        WriteList(w, f.Abbreviations, (w2, a) => { w2.Write(a.Abbreviation); w2.Write(a.Spelling); w2.Write(a.LongForm); });
        WriteList(w, f.NameParts, (w2, s) => { w2.Write(s.Part); w2.Write(s.FullName); w2.Write(s.AsShortForm); w2.Write(s.IsLastWord); });
        WriteList(w, f.Excluded, (w2, e) => w2.Write(e));
    }

    private static TagFindings ReadTagFindings(CacheReader r, SharedStrings? shared) => new(
        ReadList(r, r2 => ReadTagCandidate(r2, shared)),
        ReadList(r, r2 => new AbbreviationDefinition(r2.ReadString(shared), r2.ReadString(shared), r2.ReadString(shared))),
        ReadList(r, r2 => new NamePartUse(r2.ReadString(shared), r2.ReadString(shared), r2.ReadBoolean(), r2.ReadBoolean())),
        ReadList(r, r2 => r2.ReadString(shared)));

    private static void Write(BinaryWriter w, TagCandidate c)
    {
        w.Write(c.Key);
        w.Write(c.Display);
        w.Write(c.Count);
        w.Write(c.FirstWord);
        w.Write(c.InTitle);
        w.Write(c.OnlyAtSentenceStart);
        w.Write(c.DisplayFixed);
        w.Write(c.InLead);
        w.Write(c.WrittenSmall);
        w.Write(c.Forms is not null);
        if (c.Forms is not null) WriteList(w, c.Forms, (w2, f) => w2.Write(f));
        w.Write(c.ShortForm is not null);
        if (c.ShortForm is not null) w.Write(c.ShortForm);
        w.Write(c.TitleAt);
    }

    private static TagCandidate ReadTagCandidate(CacheReader r, SharedStrings? shared) =>
        new(r.ReadString(shared), r.ReadString(shared), r.ReadInt32(), r.ReadInt32(), r.ReadBoolean(), r.ReadBoolean(), r.ReadBoolean(),
            r.ReadBoolean(), r.ReadBoolean(), r.ReadBoolean() ? ReadList(r, r2 => r2.ReadString()) : null, r.ReadBoolean() ? r.ReadString() : null, r.ReadInt32());

    public static void WriteList<T>(BinaryWriter w, IReadOnlyList<T> items, Action<BinaryWriter, T> write)
    {
        w.Write(items.Count);
        foreach (var item in items) write(w, item);
    }

    public static IReadOnlyList<T> ReadList<T>(CacheReader r, Func<CacheReader, T> read)
    {
        var count = r.ReadInt32();
        if (count < 0 || count > 10_000_000) throw new InvalidDataException("list length out of range");
        if (count == 0) return [];
        var items = new T[count];
        for (var i = 0; i < count; i++) items[i] = read(r);
        return items;
    }

    /// <summary>Numbers as little-endian 32-bit values, in one block (the manifest holds over a million link ids).</summary>
    public static void WriteInts(BinaryWriter w, int[] values)
    {
        if (!BitConverter.IsLittleEndian)
        {
            foreach (var v in values) w.Write(v);
            return;
        }
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
    }

    /// <summary>Reads what <see cref="WriteInts"/> wrote: <paramref name="count"/> values.</summary>
    public static int[] ReadInts(CacheReader r, int count)
    {
        var values = new int[count];
        if (!BitConverter.IsLittleEndian)
        {
            for (var i = 0; i < count; i++) values[i] = r.ReadInt32();
            return values;
        }
        r.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private static void WriteNullable(BinaryWriter w, string? s)
    {
        w.Write(s is not null);
        if (s is not null) w.Write(s);
    }

    private static void WriteNullable(BinaryWriter w, int? i)
    {
        w.Write(i is not null);
        if (i is { } v) w.Write(v);
    }

    private static void WriteNullable(BinaryWriter w, DateOnly? d) => WriteNullable(w, d?.DayNumber);

    private static string? ReadNullableString(CacheReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static string? ReadNullableString(CacheReader r, SharedStrings? shared) => r.ReadBoolean() ? r.ReadString(shared) : null;

    private static int? ReadNullableInt(CacheReader r) => r.ReadBoolean() ? r.ReadInt32() : null;

    private static DateOnly? ReadNullableDate(CacheReader r) => ReadNullableInt(r) is { } n ? DateOnly.FromDayNumber(n) : null;
}
