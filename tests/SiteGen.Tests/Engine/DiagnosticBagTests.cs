using SiteGen.Engine;
using static SiteGen.Tests.Engine.DiagnosticTests;

namespace SiteGen.Tests.Engine;

public class DiagnosticBagTests
{
    [Fact]
    public void FindingsComeBackByFileThenLineThenSeverityThenMessageWhateverOrderTheyCameIn()
    {
        Diagnostic[] expected =
        [
            Diagnostic.Warning("seeds/a.txt", "b", 1),
            Diagnostic.Error("seeds/a.txt", "a", 2),
            Diagnostic.Warning("seeds/a.txt", "a", 3),
            Diagnostic.Warning("seeds/a.txt", "b", 3),
            Diagnostic.Error("seeds/a.txt", "a", 3),
            Diagnostic.Warning("seeds/b.txt", "a"),
        ];
        foreach (var order in new[] { new[] { 5, 4, 3, 2, 1, 0 }, [2, 0, 5, 3, 1, 4], [0, 1, 2, 3, 4, 5] })
        {
            var bag = new DiagnosticBag();
            foreach (var i in order) bag.Add(expected[i]);
            Assert.Equal(expected, bag.Sorted());
        }
    }

    [Fact]
    public void SortingWritesADeferredMessageOnlyToTellApartFindingsEqualInAllElse()
    {
        var messages = Enumerable.Range(0, 50).Select(i => new CountedMessage($"warning {i}")).ToArray();
        var bag = new DiagnosticBag();
        for (var i = messages.Length - 1; i >= 0; i--) bag.Add(Diagnostic.Warning($"seeds/{i:00}.txt", messages[i]));
        var same = new[] { new CountedMessage("z"), new CountedMessage("y") };
        foreach (var message in same) bag.Add(Diagnostic.Warning("seeds/same.txt", message));

        var sorted = bag.Sorted();

        Assert.All(messages, m => Assert.Equal(0, m.Writes));
        Assert.All(same, m => Assert.True(m.Writes > 0));
        Assert.Equal(["y", "z"], sorted.TakeLast(2).Select(d => d.Message));
        Assert.Equal(messages.Select((_, i) => $"seeds/{i:00}.txt"), sorted.Take(50).Select(d => d.File));
    }
}
