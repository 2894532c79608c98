using Scriban;
using SiteGen.Engine;

namespace SiteGen.Rendering;

/// <summary>
/// Every <c>.sbn</c> file of the theme, parsed once per build before anything renders, so a syntax error in any
/// template (even one only included) stops the build with its file and line, and pages never re-parse.
/// </summary>
/// <remarks>
/// A process that builds again and again (the dev server) passes the previous build's cache: a file whose layer and
/// text are the same keeps its parsed template, so a theme edit parses only the file that changed. A parsed Scriban
/// template is read-only while rendering, which is what lets pages of one build share it across threads as well.
/// </remarks>
public sealed class TemplateCache
{
    private readonly Dictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, string Text)> _sources = new(StringComparer.Ordinal);

    public TemplateCache(Theme theme, TemplateCache? previous = null)
    {
        Theme = theme;
        foreach (var folder in new[] { "layouts", "partials" })
            foreach (var (path, layer) in theme.Files(folder))
            {
                if (!path.EndsWith(".sbn", StringComparison.Ordinal)) continue;
                var name = layer.Describe(path);
                var text = theme.ReadText(path);
                _sources[path] = (name, text);
                if (previous is not null && previous._sources.TryGetValue(path, out var known) && known == (name, text))
                {
                    _templates[path] = previous._templates[path];
                    continue;
                }
                var template = Template.Parse(text, name);
                if (template.HasErrors)
                {
                    var first = template.Messages.First();
                    var (line, message) = Describe(text, first);
                    throw new TemplateException(Diagnostic.Error(name, message, line));
                }
                _templates[path] = template;
            }
    }

    /// <summary>
    /// The line a parse error is about, and what to say: a block without its <c>end</c> is reported on the line the
    /// block starts, where Scriban names the line it had reached.
    /// </summary>
    private static (int Line, string Message) Describe(string text, Scriban.Parsing.LogMessage error)
    {
        const string prefix = "Error while parsing ";
        var reported = error.Span.Start.Line + 1;
        if (!error.Message.StartsWith(prefix, StringComparison.Ordinal) || !error.Message.Contains("<end> statement was not found", StringComparison.Ordinal))
            return (reported, error.Message);
        var keyword = error.Message[prefix.Length..].Split(' ')[0];
        return UnclosedBlock.LineOf(text, keyword) is { } line
            ? (line, $"this '{keyword}' has no matching '{{{{ end }}}}'")
            : (reported, error.Message);
    }

    public Theme Theme { get; }

    public bool Has(string path) => _templates.ContainsKey(path);

    public Template Get(string path) =>
        _templates.TryGetValue(path, out var t)
            ? t
            : throw new TemplateException(Diagnostic.Error(Theme.Describe(path), "template is missing from the theme"));

    /// <summary>All parsed templates by theme path, for seeding Scriban's include cache.</summary>
    public IReadOnlyDictionary<string, Template> All => _templates;
}
