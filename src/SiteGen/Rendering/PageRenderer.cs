using System.Globalization;
using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Engine;

namespace SiteGen.Rendering;

/// <summary>
/// Renders a layout over a page model. One Scriban context per thread is reused across pages (creating one per
/// page dominates the cost of small pages), with Scriban's silent output, string and loop limits switched off:
/// a sitemap or a large tag index would otherwise be cut short with "...".
/// </summary>
public sealed class PageRenderer
{
    private readonly TemplateCache _templates;
    private readonly ThreadLocal<(TemplateContext Context, StringBuilder Buffer)> _perThread;

    public PageRenderer(TemplateCache templates, ScriptObject siteGlobals)
    {
        _templates = templates;
        var loader = new ThemeTemplateLoader(templates.Theme);
        _perThread = new ThreadLocal<(TemplateContext, StringBuilder)>(() =>
        {
            var context = new ViewTemplateContext
            {
                TemplateLoader = loader,
                LoopLimit = 0,
                LoopLimitQueryable = 0,
                LimitToString = 0,
                OutputLimit = 0,
                StrictVariables = false,
                EnableRelaxedMemberAccess = true,
            };
            Undefined.Watch(context);
            foreach (var (path, template) in templates.All) context.CachedTemplates[path] = template;
            if (context.BuiltinObject["include"] is IScriptCustomFunction include)
                context.BuiltinObject.SetValue("include", new StreamingInclude(include), readOnly: true);
            context.PushCulture(CultureInfo.InvariantCulture);
            context.PushGlobal(siteGlobals);
            return (context, new StringBuilder(64 * 1024));
        });
    }

    /// <summary>Variables and members the templates read that nothing defined, for the build's diagnostics.</summary>
    public UndefinedNames Undefined { get; } = new();

    /// <summary>Renders <paramref name="layout"/> (e.g. <c>layouts/article.sbn</c>) with the given page variables.</summary>
    public string Render(string layout, ScriptObject page)
    {
        var template = _templates.Get(layout);
        var (context, buffer) = _perThread.Value;
        buffer.Clear();
        context.PushGlobal(page);
        context.PushOutput(new StringBuilderOutput(buffer));
        try
        {
            // Render returns the text and clears the builder, which is then ready for the next page.
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException(Diagnostic.Error(e.Span.FileName ?? _templates.Theme.Describe(layout), e.OriginalMessage, e.Span.Start.Line + 1));
        }
        finally
        {
            context.PopOutput();
            context.PopGlobal();
        }
    }
}
