using SiteGen.Incremental;
using SiteGen.Tests.Support;
using SiteGen.Model;

namespace SiteGen.Tests.Incremental;

public sealed class PayloadFileTests : IDisposable
{
    private readonly PayloadFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static byte[] Payload(int seed, int length) => PayloadFolder.Payload(seed, length);

    /// <summary>Appends <paramref name="count"/> payloads of random lengths below <paramref name="maxLength"/>; returns each slot with its bytes.</summary>
    private static List<(PayloadSlot Slot, byte[] Bytes)> AppendPayloads(PayloadFile file, Random random, int count, int maxLength)
    {
        var written = new List<(PayloadSlot Slot, byte[] Bytes)>();
        for (var i = 0; i < count; i++)
        {
            var bytes = Payload(i, random.Next(1, maxLength));
            written.Add((file.Append(bytes), bytes));
        }
        return written;
    }

    [Fact]
    public void Payloads_read_in_any_order_and_across_block_edges_are_the_bytes_appended()
    {
        using var file = new PayloadFile(_folder.Path);
        // Sizes from a few bytes to more than half a block, so some slots straddle the end of a block read for another.
        var random = new Random(7);
        var written = AppendPayloads(file, random, 400, PayloadFile.BlockSize * 3 / 4);

        foreach (var (slot, bytes) in written) Assert.Equal(bytes, slot.Read());
        foreach (var (slot, bytes) in written.OrderBy(_ => random.Next())) Assert.Equal(bytes, slot.Read());
        foreach (var (slot, bytes) in written) Assert.Equal(bytes[3..^2], slot.Slice(3, bytes.Length - 5).Read());
    }

    /// <summary>
    /// A cold build of a million articles spills ~6 GB of payloads into one file and reads them back while other threads
    /// still append. The block read worked out how much it could read as an int from the file's stable length less the
    /// slot's offset: with nothing stable (appends under way) and a slot more than 2 GB in, the long difference wrapped
    /// to a large positive int and the read asked for a 1.3 GB span of a 64 KB block (the build stopped with an internal
    /// error). The ranges below are reserved, never written: the file stays sparse.
    /// </summary>
    [Fact]
    public void A_payload_more_than_two_gigabytes_into_the_file_reads_while_appends_are_under_way()
    {
        using var file = new PayloadFile(_folder.Path);
        var head = file.Append(Payload(1, 100));
        // Two appends under way, 1.5 GB each: the slot after them lies 3 GB in, and nothing of the file is stable.
        file.Reserve(1_500_000_000);
        file.Reserve(1_500_000_000);
        var bytes = Payload(2, 300);
        var far = file.Append(bytes);
        Assert.True(far.Offset > 3_000_000_000L);

        Assert.Equal(bytes, far.Read());
        Assert.Equal(Payload(1, 100), head.Read());
        Assert.Equal(bytes[10..], far.Slice(10, bytes.Length - 10).Read());
    }

    [Fact]
    public void A_payload_read_with_a_lent_buffer_gives_its_own_bytes_whatever_the_buffer_held()
    {
        using var file = new PayloadFile(_folder.Path);
        var random = new Random(11);
        var written = AppendPayloads(file, random, 200, PayloadFile.BlockSize);

        // Lent buffers are handed out again, longer than asked and holding an earlier payload's bytes: each read sees
        // exactly its slot, and what it is handed is exactly the slot's length.
        foreach (var (slot, bytes) in written.OrderBy(_ => random.Next()))
            Assert.Equal(bytes, slot.ReadWith(slot.Length, static (lent, length) =>
            {
                Assert.Equal(length, lent.Length);
                return lent.ToArray();
            }));
        var entry = new SourceFileEntry(new FileStamp(1, 2), true, default, ReadOnlyMemory<byte>.Empty) { Spilled = written[5].Slot };
        Assert.Equal(written[5].Bytes, entry.ReadPayloadWith(0, static (lent, _) => lent.ToArray()));
        var inMemory = new SourceFileEntry(new FileStamp(1, 2), true, default, written[6].Bytes);
        Assert.Equal(written[6].Bytes, inMemory.ReadPayloadWith(0, static (bytes, _) => bytes.ToArray()));
    }

    [Fact]
    public void A_payload_appended_after_a_read_is_read_whole_not_from_the_shorter_block_read_before_it()
    {
        using var file = new PayloadFile(_folder.Path);
        var first = Payload(1, 100);
        var firstSlot = file.Append(first);
        Assert.Equal(first, firstSlot.Read()); // this thread's block now ends where the file ended

        var second = Payload(2, 300);
        var secondSlot = file.Append(second);
        Assert.Equal(second, secondSlot.Read());
        Assert.Equal(first, firstSlot.Read());
    }

    [Fact]
    public void Reads_while_other_threads_append_see_only_what_was_appended()
    {
        using var file = new PayloadFile(_folder.Path);
        var slots = new System.Collections.Concurrent.ConcurrentBag<(PayloadSlot Slot, int Seed, int Length)>();
        Parallel.For(0, 2_000, i =>
        {
            var length = 50 + i % 900;
            slots.Add((file.Append(Payload(i, length)), i, length));
            // Read back some payload appended so far while other threads are still appending.
            if (slots.TryPeek(out var some)) Assert.Equal(Payload(some.Seed, some.Length), some.Slot.Read());
        });
        Parallel.ForEach(slots, s => Assert.Equal(Payload(s.Seed, s.Length), s.Slot.Read()));
    }

    [Fact]
    public void The_last_cache_file_opened_for_reading_serves_its_payloads_and_refuses_appends()
    {
        var path = Path.Combine(_folder.Path, "cache.bin");
        var bytes = Payload(3, 200_000);
        File.WriteAllBytes(path, bytes);
        using var file = PayloadFile.Open(path);

        for (var offset = 0; offset + 1_000 <= bytes.Length; offset += 7_919)
            Assert.Equal(bytes[offset..(offset + 1_000)], new PayloadSlot(file, offset, 1_000).Read());
        Assert.ThrowsAny<Exception>(() => file.Append([1, 2, 3]));
    }
}
