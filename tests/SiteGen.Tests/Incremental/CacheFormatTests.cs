using System.Text;
using SiteGen.Incremental;
using SiteGen.Inference;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Incremental;

public sealed class CacheFormatTests : IDisposable
{
    // Where the tests that read payloads from a file keep it; made for each test, deleted after it.
    private readonly DirectoryInfo _payloads = Directory.CreateTempSubdirectory("sitegen-payloads-");

    public void Dispose() => _payloads.Delete(recursive: true);

    /// <summary>The seed article as the reader analyses it, with tag findings unless <paramref name="lexicon"/> is null.</summary>
    private static AnalysedArticle AnalysedSeed(TagLexicon? lexicon)
    {
        var bytes = File.ReadAllBytes(RepoPaths.SeedArticle);
        return AnalysedArticle.From("seeds/a.txt", bytes, ContentHash.Of(bytes), lexicon, TextRepairs.All);
    }

    [Fact]
    public void AnAnalysedArticleReadsBackAsItWasWritten()
    {
        var analysed = AnalysedSeed(new TagLexicon(new TagSettings()));
        var written = CacheFormat.Serialise(analysed);

        var back = CacheFormat.DeserialiseAnalysed(written);

        Assert.Equal(written, CacheFormat.Serialise(back));
        Assert.Equal(analysed.Article!.Title, back.Article!.Title);
        Assert.Equal(analysed.Hash, back.Hash);
    }

    [Fact]
    public void TagFindingsAndAWordBagLeftEncodedReadBackAsTheOnesDecodedAtOnce()
    {
        var analysed = AnalysedSeed(new TagLexicon(new TagSettings()));
        var written = CacheFormat.Serialise(analysed);
        // A payload is a slice of the whole cache file when read from it: the bag must be found within the slice.
        var file = new byte[written.Length + 100];
        written.CopyTo(file, 37);
        var payload = new ReadOnlyMemory<byte>(file, 37, written.Length);

        var back = CacheFormat.DeserialiseAnalysed(payload, new SharedStrings(), leaveEncoded: true);

        Assert.Equal(analysed.Evidence.Words.Words, back.Evidence.Words.Words);
        Assert.Equal(analysed.Evidence.Words.Counts, back.Evidence.Words.Counts);
        Assert.NotEmpty(back.Evidence.Words.Words);
        Assert.NotEmpty(back.Evidence.Tags!.Candidates);
        Assert.Equal(analysed.Evidence.Tags!.Candidates.Select(c => c.Key), back.Evidence.Tags.Candidates.Select(c => c.Key));
        Assert.Equal(analysed.Evidence.Tags.Excluded, back.Evidence.Tags.Excluded);
        // The key is stored, not taken again from the findings: it must still be theirs.
        Assert.Equal(TagMemory.KeyOf(back.Evidence.Tags), back.Evidence.TagsKey);
        Assert.Equal(analysed.Evidence.TagsKey, back.Evidence.TagsKey);
        Assert.Equal(written, CacheFormat.Serialise(back));
        var atOnce = CacheFormat.DeserialiseAnalysed(payload, new SharedStrings(), leaveEncoded: false);
        Assert.Equal(analysed.Evidence.Words.Words, atOnce.Evidence.Words.Words);
        Assert.Equal(written, CacheFormat.Serialise(atOnce));
    }

    [Fact]
    public void AnArticleReadWithoutTagsHasNoTagFindingsLeftEncoded()
    {
        var analysed = AnalysedSeed(lexicon: null);
        var written = CacheFormat.Serialise(analysed);

        var back = CacheFormat.DeserialiseAnalysed(written, new SharedStrings(), leaveEncoded: true);

        Assert.Null(back.Evidence.Tags);
        Assert.Equal(TagMemory.KeyOf(TagFindings.Empty), back.Evidence.TagsKey);
        Assert.NotEmpty(back.Evidence.Words.Words);
        Assert.Equal(written, CacheFormat.Serialise(back));
    }

    [Fact]
    public void TagFindingsAndAWordBagLeftInThePayloadFileAreReadFromTheFileNotFromTheCopyDecoded()
    {
        var analysed = AnalysedSeed(new TagLexicon(new TagSettings()));
        var written = CacheFormat.Serialise(analysed);
        using var payloads = new PayloadFile(_payloads.FullName);
        payloads.Append(new byte[41]); // so the slot does not start at the file's start
        var slot = payloads.Append(written);
        var copy = slot.Read();

        var back = CacheFormat.DeserialiseAnalysed(copy, new SharedStrings(), leaveEncoded: true, spilled: slot);
        // The copy is let go after decoding; spoiling it shows the evidence did not keep it.
        Array.Clear(copy);

        Assert.NotEmpty(back.Evidence.Words.Words);
        Assert.Equal(analysed.Evidence.Words.Words, back.Evidence.Words.Words);
        Assert.Equal(analysed.Evidence.Words.Counts, back.Evidence.Words.Counts);
        Assert.NotEmpty(back.Evidence.Tags!.Candidates);
        Assert.Equal(written, CacheFormat.Serialise(back));
    }

    [Fact]
    public void TagFindingsGatheredIntoAnotherFileAreReadFromThereAndTheWordBagFromThePayload()
    {
        var analysed = AnalysedSeed(new TagLexicon(new TagSettings()));
        var written = CacheFormat.Serialise(analysed);
        var payloads = new PayloadFile(_payloads.FullName);
        using var gathered = new PayloadFile(_payloads.FullName);
        payloads.Append(new byte[41]);
        var slot = payloads.Append(written);
        var copy = slot.Read();

        var batch = new PayloadBatch(gathered);
        var back = CacheFormat.DeserialiseAnalysed(copy, new SharedStrings(), leaveEncoded: true, spilled: slot, gatherTagsIn: batch);
        batch.Dispose();
        Array.Clear(copy);
        // Closed, the payload file can serve nothing: the findings come from the file they were gathered in.
        payloads.Dispose();

        Assert.NotEmpty(back.Evidence.Tags!.Candidates);
        Assert.Equal(analysed.Evidence.Tags!.Candidates.Select(c => (c.Key, c.Display, c.Count)),
            back.Evidence.Tags.Candidates.Select(c => (c.Key, c.Display, c.Count)));
        Assert.Equal(analysed.Evidence.Tags.NameParts, back.Evidence.Tags.NameParts);
        Assert.Equal(analysed.Evidence.TagsKey, TagMemory.KeyOf(back.Evidence.Tags));
        Assert.Throws<ObjectDisposedException>(() => back.Evidence.Words);
    }

    [Fact]
    public void AnArticlesRepairsAndBlanknessReadBack()
    {
        foreach (var text in new[] { "Sapi‚ÄìSawit\n‚Äú Isi,, berita.\nBaca juga:", "Kuis: Tebak Gambar" })
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var analysed = AnalysedArticle.From("seeds/a.txt", bytes, ContentHash.Of(bytes), null, TextRepairs.All);
            var back = CacheFormat.DeserialiseAnalysed(CacheFormat.Serialise(analysed)).Article!;
            Assert.Equal(analysed.Article!.Repairs, back.Repairs);
            Assert.Equal(analysed.Article.Blank, back.Blank);
        }
    }

    [Fact]
    public void TheReaderReadsWhatBinaryWriterWrites()
    {
        var long1 = new string('é', 300) + "ŋ😀";
        var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write("");
            w.Write("Rusia");
            w.Write(long1);
            w.Write(-7);
            w.Write(long.MaxValue);
            w.Write(true);
            w.Write((byte)200);
            w.Write(new Hash128(4, 3));
        }

        var r = new CacheReader(stream.ToArray());

        Assert.Equal("", r.ReadString());
        Assert.Equal("Rusia", r.ReadString());
        Assert.Equal(long1, r.ReadString());
        Assert.Equal(-7, r.ReadInt32());
        Assert.Equal(long.MaxValue, r.ReadInt64());
        Assert.True(r.ReadBoolean());
        Assert.Equal(200, r.ReadByte());
        Assert.Equal(new Hash128(4, 3), r.ReadHash128());
        Assert.Throws<EndOfStreamException>(() => r.ReadByte());
    }

    [Fact]
    public void AStringLongerThanWhatIsLeftIsTheEndOfTheStreamNotAnotherRead()
    {
        var r = new CacheReader([5, (byte)'a', (byte)'b']);
        Assert.Throws<EndOfStreamException>(() => r.ReadString());
    }
}
