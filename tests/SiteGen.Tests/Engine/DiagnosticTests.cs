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

    [Fact]
    public void ADeferredMessageIsWrittenWhenReadAndEqualsTheSameTextHeldAsAString()
    {
        var message = new CountedMessage("the text's likeliest date is uncertain");
        var deferred = Diagnostic.Warning("seeds/a.txt", message);
        Assert.Equal(0, message.Writes);

        Assert.Equal("seeds/a.txt: warning: the text's likeliest date is uncertain", deferred.ToString());
        Assert.Equal(1, message.Writes);
        Assert.Equal(Diagnostic.Warning("seeds/a.txt", "the text's likeliest date is uncertain"), deferred);
        Assert.NotEqual(Diagnostic.Warning("seeds/a.txt", "another text"), deferred);
    }

    /// <summary>A message that counts how often it was written.</summary>
    internal sealed class CountedMessage(string text) : DeferredMessage
    {
        public int Writes { get; private set; }

        public override string Write()
        {
            Writes++;
            return text;
        }
    }
}
