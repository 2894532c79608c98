using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Rendering;

/// <summary>Lets <c>include 'partials/x.sbn'</c> find files in the theme layers, and nowhere else.</summary>
public sealed class ThemeTemplateLoader(Theme theme) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        try
        {
            return ThemePaths.Normalize(templateName);
        }
        catch (ThemePathException e)
        {
            throw new ScriptRuntimeException(callerSpan, e.Message);
        }
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        if (theme.Find(templatePath) is null)
            throw new ScriptRuntimeException(callerSpan, $"template '{templatePath}' is in no theme layer");
        return theme.ReadText(templatePath);
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
