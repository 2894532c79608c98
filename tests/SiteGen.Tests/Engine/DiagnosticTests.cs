using SiteGen.Engine;

namespace SiteGen.Tests.Engine;

public class DiagnosticTests
{
    [Fact]
    public void ControlCharactersFromTheInputArePrintedAsEscapesOnOneLine()
    {
        var d = Diagnostic.Warning("seeds/a\u001b[2J.txt", "slug 'x\ny: error: palsu' is not clean", 3);
        Assert.Equal(@"seeds/a\u001B[2J.txt:3: warning: slug 'x\u000Ay: error: palsu' is not clean", d.ToString());
    }

    [Fact]
    public void PlainDiagnosticsPrintAsTheyAre() =>
        Assert.Equal("seeds/a.txt: error: is empty; no page was made", Diagnostic.Error("seeds/a.txt", "is empty; no page was made").ToString());
}
