namespace SiteGen.Engine;

public enum Severity { Warning, Error }

/// <summary>One finding about the input or output, always tied to a file so a person can fix it.</summary>
public sealed record Diagnostic(Severity Severity, string File, int? Line, string Message)
{
    public static Diagnostic Warning(string file, string message, int? line = null) => new(Severity.Warning, file, line, message);
    public static Diagnostic Error(string file, string message, int? line = null) => new(Severity.Error, file, line, message);

    /// <summary>
    /// The compiler-style form the CLI prints: <c>path:line: warning: message</c>, on one line. A file name or a value
    /// quoted from the input may hold control characters (an escape sequence would drive the reader's terminal, a line
    /// break would forge another diagnostic): they are written as <c>\u001B</c>-style escapes.
    /// </summary>
    public override string ToString()
    {
        var where = Line is { } l ? $"{File}:{l}" : File;
        var kind = Severity == Severity.Error ? "error" : "warning";
        return EscapeControls($"{where}: {kind}: {Message}");
    }

    private static string EscapeControls(string text)
    {
        if (!text.Any(char.IsControl)) return text;
        var sb = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
            if (char.IsControl(c)) sb.Append(@"\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append(c);
        return sb.ToString();
    }
}
