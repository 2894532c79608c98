using SiteGen.Engine;
using SiteGen.Language;
using SiteGen.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Reading;

/// <summary>
/// Reads the optional YAML block between <c>---</c> lines at the top of an article.
/// It walks parser events rather than building an object graph, so alias bombs and absurd nesting cost nothing:
/// only top-level scalars and flat lists of scalars are read; anything else is skipped with a warning.
/// </summary>
public static class FrontMatter
{
    public const int MaxBytes = 64 * 1024;

    public sealed record Result(FrontMatterValues Values, string Body, int BodyStartLine);

    /// <summary>Splits off and reads the front matter. Text without a block comes back unchanged with empty values.</summary>
    public static Result Read(string file, string text, List<Diagnostic> diagnostics)
    {
        var firstLineEnd = text.IndexOf('\n');
        var firstLine = (firstLineEnd < 0 ? text : text[..firstLineEnd]).TrimEnd('\r', ' ', '\t');
        if (firstLine != "---") return new Result(FrontMatterValues.Empty, text, 1);

        var lines = text.Split('\n');
        var close = -1;
        for (var i = 1; i < lines.Length; i++)
        {
            var l = lines[i].TrimEnd('\r', ' ', '\t');
            if (l is "---" or "...") { close = i; break; }
        }
        if (close < 0)
        {
            diagnostics.Add(Diagnostic.Error(file, "front matter starts with '---' but never ends; treated as text", 1));
            return new Result(FrontMatterValues.Empty, text, 1);
        }

        var yaml = string.Join('\n', lines[1..close]);
        var body = string.Join('\n', lines[(close + 1)..]);
        if (yaml.Length > MaxBytes)
        {
            diagnostics.Add(Diagnostic.Error(file, $"front matter is larger than {MaxBytes / 1024} KiB; ignored", 1));
            return new Result(FrontMatterValues.Empty, body, close + 2);
        }

        try
        {
            return new Result(ParseValues(file, yaml, diagnostics), body, close + 2);
        }
        catch (YamlException e)
        {
            diagnostics.Add(Diagnostic.Error(file, $"front matter is not valid YAML: {e.Message}; ignored", (int)e.Start.Line + 1));
            return new Result(FrontMatterValues.Empty, body, close + 2);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these instead of a YamlException on some malformed input ("? {\na", "!!]"), found
            // by the property tests; they would otherwise crash the whole build.
            diagnostics.Add(Diagnostic.Error(file, "front matter is not valid YAML (the YAML reader could not make sense of it); ignored", 1));
            return new Result(FrontMatterValues.Empty, body, close + 2);
        }
    }

    private static FrontMatterValues ParseValues(string file, string yaml, List<Diagnostic> diagnostics)
    {
        var parser = new Parser(new StringReader(yaml));
        var values = new FrontMatterValues();
        Expect<StreamStart>(parser);
        if (parser.Current is StreamEnd) return values;
        Expect<DocumentStart>(parser);
        if (parser.Current is Scalar { Value: "" }) return values; // an empty block
        if (parser.Current is not MappingStart)
        {
            diagnostics.Add(Diagnostic.Warning(file, "front matter is not a mapping of keys to values; ignored", 2));
            return values;
        }
        parser.MoveNext();

        while (parser.Current is not MappingEnd)
        {
            if (parser.Current is not Scalar keyScalar)
            {
                Skip(parser); // a complex key
                Skip(parser);
                continue;
            }
            var key = keyScalar.Value.Trim().ToLowerInvariant();
            var line = (int)keyScalar.Start.Line + 1; // +1 for the opening '---' line
            parser.MoveNext();
            values = Apply(file, values, key, line, parser, diagnostics);
        }
        return values;
    }

    private static FrontMatterValues Apply(string file, FrontMatterValues values, string key, int line, IParser parser, List<Diagnostic> diagnostics)
    {
        // A key with nothing after it ('editor:', 'title: ""') is the same as no key: YAML reads it as null, and an
        // empty value would otherwise blank what the text says (an empty title even dropped the article).
        if (parser.Current is Scalar empty && TextLines.Tidy(empty.Value).Length == 0)
        {
            parser.MoveNext();
            return values;
        }

        if (key is "tags" or "tag")
        {
            var tags = ReadList(parser);
            if (tags is null) { Warn(); return values; }
            return values with { Tags = DeclaredTags.Limit(tags, problem => diagnostics.Add(Diagnostic.Warning(file, $"front matter '{key}' {problem}", line))) };
        }

        var scalar = ReadScalar(parser);
        if (scalar is null)
        {
            if (key is "title" or "date" or "slug" or "editor" or "city" or "draft" or "section" or "category") Warn();
            return values;
        }

        switch (key)
        {
            case "title": return values with { Title = scalar };
            case "description": return values with { Description = scalar };
            case "slug": return values with { Slug = scalar };
            case "editor": return values with { Editor = scalar };
            case "city": return values with { City = scalar };
            case "section" or "category": return values with { Section = scalar };
            case "draft":
                if (bool.TryParse(scalar, out var draft) || TryYamlBool(scalar, out draft)) return values with { Draft = draft };
                diagnostics.Add(Diagnostic.Warning(file, $"front matter 'draft' should be true or false, not '{scalar}'", line));
                return values;
            case "date":
                if (IsoDates.TryParse(scalar, out var date)) return values with { Date = date };
                diagnostics.Add(Diagnostic.Warning(file, $"front matter 'date' is not a date (yyyy-mm-dd): '{scalar}'", line));
                return values;
            default:
                return values; // unknown keys are allowed: themes may read them later
        }

        void Warn() => diagnostics.Add(Diagnostic.Warning(file, $"front matter '{key}' has a value of the wrong shape; ignored", line));
    }

    private static bool TryYamlBool(string s, out bool value)
    {
        value = s.ToLowerInvariant() is "yes" or "on" or "ya";
        return s.ToLowerInvariant() is "yes" or "on" or "ya" or "no" or "off" or "tidak";
    }

    /// <summary>
    /// A scalar value tidied like a line of article text, or null (after skipping) for anything else. YAML escapes
    /// (<c>"\x01"</c>, <c>"\uFFFE"</c>) and block scalars can write what a text line never holds: control characters,
    /// noncharacters, line breaks inside a title.
    /// </summary>
    private static string? ReadScalar(IParser parser)
    {
        if (parser.Current is Scalar s)
        {
            parser.MoveNext();
            return TextLines.Tidy(s.Value);
        }
        Skip(parser);
        return null;
    }

    /// <summary>A list of scalars, or a single comma-separated scalar; null for other shapes.</summary>
    private static List<string>? ReadList(IParser parser)
    {
        if (parser.Current is Scalar s)
        {
            parser.MoveNext();
            return TextLines.Tidy(s.Value).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        }
        if (parser.Current is not SequenceStart)
        {
            Skip(parser);
            return null;
        }
        parser.MoveNext();
        var items = new List<string>();
        while (parser.Current is not SequenceEnd)
        {
            if (parser.Current is Scalar item)
            {
                if (TextLines.Tidy(item.Value) is { Length: > 0 } tag) items.Add(tag);
                parser.MoveNext();
            }
            else Skip(parser);
        }
        parser.MoveNext();
        return items;
    }

    /// <summary>Skips one node, however deep, without recursion and without expanding aliases.</summary>
    private static void Skip(IParser parser)
    {
        var depth = 0;
        do
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart: depth++; break;
                case MappingEnd or SequenceEnd: depth--; break;
            }
            if (!parser.MoveNext()) return;
        } while (depth > 0);
    }

    private static void Expect<T>(IParser parser) where T : ParsingEvent
    {
        if (parser.Current is null) parser.MoveNext();
        if (parser.Current is T) parser.MoveNext();
    }
}
