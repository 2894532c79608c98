using SiteGen.Engine;

namespace SiteGen.Cli.Commands;

/// <summary>Prints diagnostics one per line, compiler style, to standard error.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var d in diagnostics) writer.WriteLine(d.ToString());
    }
}
