using System.Text;
using Xunit.Abstractions;

namespace SiteGen.Tests.Serve;

/// <summary>Sends the dev server's log lines to the test's output, so a failing test shows what the server said.</summary>
public sealed class TestOutputWriter(ITestOutputHelper output) : TextWriter
{
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_line)
        {
            if (value == '\n')
            {
                Flush(_line.ToString().TrimEnd('\r'));
                _line.Clear();
            }
            else
            {
                _line.Append(value);
            }
        }
    }

    private void Flush(string line)
    {
        try
        {
            output.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // The test has finished; a server still stopping has nobody to tell.
        }
    }
}
