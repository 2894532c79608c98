using Scriban;
using SiteGen.Engine;

namespace SiteGen.Rendering;

/// <summary>
/// Every <c>.sbn</c> file of the theme, parsed once per build before anything renders, so a syntax error in any
/// template (even one only included) stops the build with its file and line, and pages never re-parse.
/// </summary>
public sealed class TemplateCache
{
    private readonly Dictionary<string, Template> _templates = new(StringComparer.Ordinal);

    public TemplateCache(Theme theme)
    {
        Theme = theme;
        foreach (var folder in new[] { "layouts", "partials" })
            foreach (var (path, layer) in theme.Files(folder))
            {
                if (!path.EndsWith(".sbn", StringComparison.Ordinal)) continue;
                var template = Template.Parse(theme.ReadText(path), layer.Describe(path));
                if (template.HasErrors)
                {
                    var first = template.Messages.First();
                    throw new TemplateException(Diagnostic.Error(layer.Describe(path), first.Message, first.Span.Start.Line + 1));
                }
                _templates[path] = template;
            }
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
