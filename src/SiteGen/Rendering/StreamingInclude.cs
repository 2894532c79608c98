using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Rendering;

/// <summary>
/// Scriban's <c>include</c>, rendering the included template straight into the current output when the include is a
/// statement of its own (<c>{{ include 'partials/header.sbn' }}</c>), which is how themes use it.
/// </summary>
/// <remarks>
/// Scriban's own include renders into a new StringBuilder, turns it into a string, clears the builder (which
/// reallocates it) and writes the string into the page: three copies of every partial and of the whole page for
/// its layout, about a third of a build's allocations. Used anywhere else (assigned, piped), an include still returns
/// its text, through Scriban's own function.
/// </remarks>
internal sealed class StreamingInclude(IScriptCustomFunction scribanInclude) : IScriptCustomFunction
{
    public int RequiredParameterCount => scribanInclude.RequiredParameterCount;
    public int ParameterCount => scribanInclude.ParameterCount;
    public ScriptVarParamKind VarParamKind => scribanInclude.VarParamKind;
    public Type ReturnType => scribanInclude.ReturnType;
    public ScriptParameterInfo GetParameterInfo(int index) => scribanInclude.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (callerContext is null || !IsStatement(callerContext) || arguments.Count == 0 || !string.IsNullOrEmpty(context.CurrentIndent))
            return scribanInclude.Invoke(context, callerContext, arguments, blockStatement);
        var name = context.ObjectToString(arguments[0]);
        if (string.IsNullOrEmpty(name)) return scribanInclude.Invoke(context, callerContext, arguments, blockStatement);

        var path = context.GetTemplatePathFromName(name, callerContext);
        if (path is null) return scribanInclude.Invoke(context, callerContext, arguments, blockStatement);
        var template = context.GetOrCreateTemplate(path, callerContext);
        if (template.Page is null) return scribanInclude.Invoke(context, callerContext, arguments, blockStatement);
        context.EnterRecursive(callerContext);
        // An include at the start of a line has an empty indent, which indents nothing; Scriban renders it without one.
        var previousIndent = context.CurrentIndent;
        context.CurrentIndent = null;
        var previousArguments = context.GetValue(ScriptVariable.Arguments);
        context.SetValue(ScriptVariable.Arguments, arguments, true, true);
        try
        {
            // What Template.Render does, minus the string it makes of the output.
            var result = context.Evaluate(template.Page);
            if (result is not null && context.EnableOutput) context.Write(template.Page.Span, result);
        }
        finally
        {
            if (previousArguments is not null) context.SetValue(ScriptVariable.Arguments, previousArguments, true, true);
            else context.DeleteValue(ScriptVariable.Arguments);
            context.CurrentIndent = previousIndent;
            context.ExitRecursive(callerContext);
        }
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>True for <c>{{ include 'x' }}</c> alone, whose value would only be written where it stands.</summary>
    private static bool IsStatement(ScriptNode call) => call.Parent is ScriptExpressionStatement statement && ReferenceEquals(statement.Expression, call);
}
