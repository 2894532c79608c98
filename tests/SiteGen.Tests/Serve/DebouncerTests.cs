using System.Collections.Concurrent;
using SiteGen.Cli.Serve;

namespace SiteGen.Tests.Serve;

public class DebouncerTests
{
    [Fact]
    public async Task A_burst_becomes_one_report_with_every_path()
    {
        var reports = new ConcurrentQueue<IReadOnlyList<string>>();
        using var debouncer = new Debouncer(TimeSpan.FromMilliseconds(100), reports.Enqueue);

        // As fast as a checkout writes files; spacing them out would make the test depend on the machine's load.
        for (var i = 0; i < 20; i++) debouncer.Add($"seeds/{i % 5}.txt");
        await WaitUntilAsync(() => !reports.IsEmpty);
        await Task.Delay(300);

        var report = Assert.Single(reports);
        Assert.Equal(["seeds/0.txt", "seeds/1.txt", "seeds/2.txt", "seeds/3.txt", "seeds/4.txt"], report);
    }

    [Fact]
    public async Task Changes_after_a_quiet_spell_are_a_new_report()
    {
        var reports = new ConcurrentQueue<IReadOnlyList<string>>();
        using var debouncer = new Debouncer(TimeSpan.FromMilliseconds(50), reports.Enqueue);

        debouncer.Add("input/site.yml");
        await WaitUntilAsync(() => reports.Count == 1);
        debouncer.Add("theme/layouts/home.sbn");
        await WaitUntilAsync(() => reports.Count == 2);

        Assert.Equal([["input/site.yml"], ["theme/layouts/home.sbn"]], reports.ToArray());
    }

    [Theory]
    [InlineData("artikel.txt~", true)]
    [InlineData(".artikel.txt.swp", true)]
    [InlineData("4913", true)]
    [InlineData(".#artikel.txt", true)]
    [InlineData("artikel.txt", false)]
    [InlineData("site.yml", false)]
    public void Editor_scratch_files_are_not_changes(string name, bool scratch)
    {
        Assert.Equal(scratch, SiteWatcher.IsEditorScratch(name));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the condition did not come true within 10 s");
            await Task.Delay(10);
        }
    }
}
