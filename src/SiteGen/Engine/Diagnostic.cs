namespace SiteGen.Engine;

public enum Severity { Warning, Error }

/// <summary>One finding about the input or output, always tied to a file so a person can fix it.</summary>
public sealed record Diagnostic
{
    // A string, or a DeferredMessage that writes it when it is read: a build of a large archive can hold a warning
    // for most of its articles from inference to the end, and the text of each is hundreds of characters.
    private readonly object _message;

    public Diagnostic(Severity severity, string file, int? line, string message) : this(severity, file, line, (object)message) { }

    public Diagnostic(Severity severity, string file, int? line, DeferredMessage message) : this(severity, file, line, (object)message) { }

    private Diagnostic(Severity severity, string file, int? line, object message) =>
        (Severity, File, Line, _message) = (severity, file, line, message);

    public Severity Severity { get; }
    public string File { get; }
    public int? Line { get; }
    public string Message => _message as string ?? ((DeferredMessage)_message).Write();

    public static Diagnostic Warning(string file, string message, int? line = null) => new(Severity.Warning, file, line, message);
    public static Diagnostic Warning(string file, DeferredMessage message) => new(Severity.Warning, file, null, message);
    public static Diagnostic Error(string file, string message, int? line = null) => new(Severity.Error, file, line, message);

    /// <summary>Equal when a reader would see the same line, however the message is held.</summary>
    public bool Equals(Diagnostic? other) =>
        other is not null && Severity == other.Severity && File == other.File && Line == other.Line && Message == other.Message;

    public override int GetHashCode() => HashCode.Combine(Severity, File, Line, Message);

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
