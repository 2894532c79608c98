using System.Globalization;
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
    private readonly ThreadLocal<(TemplateContext Context, PageBuffer Buffer)> _perThread;

    public PageRenderer(TemplateCache templates, ScriptObject siteGlobals)
    {
        _templates = templates;
        var loader = new ThemeTemplateLoader(templates.Theme);
        _perThread = new ThreadLocal<(TemplateContext, PageBuffer)>(() =>
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
            return (context, new PageBuffer());
        });
    }

    /// <summary>Variables and members the templates read that nothing defined, for the build's diagnostics.</summary>
    public UndefinedNames Undefined { get; } = new();

    /// <summary>Renders <paramref name="layout"/> (e.g. <c>layouts/article.sbn</c>) with the given page variables.</summary>
    public string Render(string layout, ScriptObject page)
    {
        var buffer = RenderToBuffer(layout, page);
        try
        {
            return buffer.ToString();
        }
        finally
        {
            buffer.Clear();
        }
    }

    /// <summary>
    /// Renders like <see cref="Render(string, ScriptObject)"/> and hands the text to <paramref name="write"/> as it lies
    /// in this thread's buffer, without making a string of it; the span is only valid during the call.
    /// </summary>
    public void Render(string layout, ScriptObject page, Action<ReadOnlySpan<char>> write)
    {
        var buffer = RenderToBuffer(layout, page);
        try
        {
            write(buffer.Text);
        }
        finally
        {
            buffer.Clear();
        }
    }

    private PageBuffer RenderToBuffer(string layout, ScriptObject page)
    {
        var template = _templates.Get(layout);
        var (context, buffer) = _perThread.Value;
        buffer.Clear();
        context.PushGlobal(page);
        context.PushOutput(buffer);
        if (template.SourceFilePath is not null) context.PushSourceFile(template.SourceFilePath);
        try
        {
            // What Template.Render does, minus the string it makes of the output.
            if (template.Page is { } body && context.Evaluate(body) is { } result && context.EnableOutput) context.Write(body.Span, result);
            return buffer;
        }
        catch (ScriptRuntimeException e)
        {
            buffer.Clear();
            throw new TemplateException(Diagnostic.Error(e.Span.FileName ?? _templates.Theme.Describe(layout), e.OriginalMessage, e.Span.Start.Line + 1));
        }
        finally
        {
            if (template.SourceFilePath is not null) context.PopSourceFile();
            context.PopOutput();
            context.PopGlobal();
        }
    }
}
