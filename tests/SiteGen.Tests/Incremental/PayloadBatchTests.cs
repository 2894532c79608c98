using SiteGen.Incremental;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Incremental;

public sealed class PayloadBatchTests : IDisposable
{
    private readonly PayloadFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static byte[] Payload(int seed, int length) => PayloadFolder.Payload(seed, length);

    [Fact]
    public void Payloads_appended_through_batches_on_every_thread_read_back_once_the_batches_are_disposed()
    {
        using var file = new PayloadFile(_folder.Path);
        var slots = new System.Collections.Concurrent.ConcurrentBag<(PayloadSlot Slot, int Seed, int Length)>();
        // Lengths from a few bytes to more than half a block (appended directly), so batches fill, flush and start again,
        // and plain appends land between their reserved ranges.
        Parallel.For(0, 3_000, () => new PayloadBatch(file), (i, _, batch) =>
        {
            var length = 1 + i * 7_919 % (PayloadFile.BlockSize * 5 / 8);
            var slot = i % 10 == 0 ? file.Append(Payload(i, length)) : batch.Append(Payload(i, length));
            slots.Add((slot, i, length));
            return batch;
        }, batch => batch.Dispose());

        foreach (var (slot, seed, length) in slots.OrderBy(s => s.Seed)) Assert.Equal(Payload(seed, length), slot.Read());
        foreach (var (slot, seed, length) in slots) Assert.Equal(Payload(seed, length), slot.Read());
    }

    [Fact]
    public void A_block_read_reaching_past_the_unwritten_tail_of_the_last_batch_reads_what_is_there()
    {
        using var file = new PayloadFile(_folder.Path);
        var batch = new PayloadBatch(file);
        var first = Payload(1, 300);
        var firstSlot = batch.Append(first);
        var second = Payload(2, 500);
        var secondSlot = batch.Append(second);
        batch.Dispose();

        // The file counts the whole reserved block, but ends where the batch's bytes end: a block read for the first
        // payload asks for more than the file holds.
        Assert.Equal(first, firstSlot.Read());
        Assert.Equal(second, secondSlot.Read());
        var after = Payload(3, 200);
        var afterSlot = file.Append(after);
        Assert.Equal(after, afterSlot.Read());
        Assert.Equal(first, firstSlot.Read());
    }

    [Fact]
    public void While_a_batch_is_open_reads_of_the_file_keep_no_block_that_would_hide_its_bytes()
    {
        using var file = new PayloadFile(_folder.Path);
        var before = Payload(1, 100);
        var beforeSlot = file.Append(before);
        var batch = new PayloadBatch(file);
        var inBatch = Payload(2, 400);
        var inBatchSlot = batch.Append(inBatch);
        var after = Payload(3, 100);
        var afterSlot = file.Append(after);
        // Read on this thread while the batch's range is reserved and not written, with bytes written after it: a block
        // kept now would hold zeros where the batch's bytes go.
        Assert.Equal(after, afterSlot.Read());
        Assert.Equal(before, beforeSlot.Read());
        batch.Dispose();

        Assert.Equal(inBatch, inBatchSlot.Read());
    }
}
