using SiteGen.Engine;

namespace SiteGen.Tests.Engine;

public sealed class GatheredTableTests
{
    [Fact]
    public void Puts_from_every_thread_are_all_in_the_table_and_a_later_put_of_a_key_replaces_the_earlier()
    {
        var table = new GatheredTable<int>();
        Parallel.For(0, 20_000, i =>
        {
            table.Put($"page-{i}", i);
            // The same key again from the same thread: the later value is the one kept.
            if (i % 7 == 0) table.Put($"page-{i}", -i);
        });

        var gathered = table.Table;
        Assert.Equal(20_000, gathered.Count);
        for (var i = 0; i < 20_000; i++) Assert.Equal(i % 7 == 0 ? -i : i, gathered[$"page-{i}"]);
    }

    [Fact]
    public void What_is_put_after_a_read_is_in_the_next_read()
    {
        var table = new GatheredTable<string>();
        table.Put("a", "1");
        Assert.Equal(["a"], table.Table.Keys);

        table.Put("b", "2");
        table.Put("a", "3");
        var again = table.Table;
        Assert.Equal("3", again["a"]);
        Assert.Equal("2", again["b"]);
        Assert.Same(again, table.Table);
    }

    [Fact]
    public void Puts_are_gathered_a_batch_at_a_time_before_the_table_is_read()
    {
        var table = new GatheredTable<int>();
        var most = 0;
        for (var i = 0; i < GatheredTable<int>.Batch * 5 + 3; i++)
        {
            table.Put($"page-{i}", i);
            most = Math.Max(most, table.Queued);
        }

        Assert.True(most <= GatheredTable<int>.Batch, $"{most} puts were queued at once");
        Assert.Equal(3, table.Queued);
        Assert.Equal(GatheredTable<int>.Batch * 5 + 3, table.Table.Count);
        Assert.Equal(0, table.Queued);
    }

    [Fact]
    public void A_reserved_table_takes_every_put_and_a_later_put_still_wins_across_batches()
    {
        var puts = 3 * GatheredTable<int>.Batch;
        var table = new GatheredTable<int>();
        table.Reserve(puts);
        for (var i = 0; i < puts; i++) table.Put($"page-{i % 100}", i);

        var gathered = table.Table;
        Assert.Equal(100, gathered.Count);
        for (var k = 0; k < 100; k++) Assert.Equal(Enumerable.Range(0, puts).Last(i => i % 100 == k), gathered[$"page-{k}"]);
    }
}
