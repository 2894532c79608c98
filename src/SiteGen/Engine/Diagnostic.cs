namespace SiteGen.Engine;

public enum Severity { Warning, Error }

/// <summary>One finding about the input or output, always tied to a file so a person can fix it.</summary>
public sealed record Diagnostic(Severity Severity, string File, int? Line, string Message)
{
    public static Diagnostic Warning(string file, string message, int? line = null) => new(Severity.Warning, file, line, message);
    public static Diagnostic Error(string file, string message, int? line = null) => new(Severity.Error, file, line, message);

    /// <summary>The compiler-style form the CLI prints: <c>path:line: warning: message</c>.</summary>
    public override string ToString()
    {
        var where = Line is { } l ? $"{File}:{l}" : File;
        var kind = Severity == Severity.Error ? "error" : "warning";
        return $"{where}: {kind}: {Message}";
    }
}
