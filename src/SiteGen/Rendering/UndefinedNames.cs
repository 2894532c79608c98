using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using SiteGen.Engine;

namespace SiteGen.Rendering;

/// <summary>
/// Names a template reads that nothing defines: a misspelt variable (<c>{{ titel }}</c>) or member
/// (<c>{{ site.titel }}</c>). Scriban prints nothing for them, so a theme author would see an empty spot and no
/// message; each is reported once, with its template file and line, however many pages hit it.
/// </summary>
public sealed class UndefinedNames
{
    private readonly ConcurrentDictionary<(string File, int Line, string Name), string> _found = new();

    /// <summary>Makes <paramref name="context"/> report what it cannot find here; lookups still give null, as before.</summary>
    public void Watch(TemplateContext context)
    {
        context.TryGetVariable = (TemplateContext _, SourceSpan span, ScriptVariable variable, out object? value) =>
        {
            // `$`, `$0`…: the arguments of an include or a function, which Scriban looks up like variables.
            if (!variable.Name.StartsWith('$')) Add(span, variable.Name, $"'{variable.Name}' is not defined for this page; it prints as nothing");
            value = null;
            return false;
        };
        context.TryGetMember = (TemplateContext _, SourceSpan span, object target, string member, out object? value) =>
        {
            Add(span, member, $"'{member}' is not a field of {Describe(target)}; it prints as nothing");
            value = null;
            return false;
        };
    }

    private void Add(SourceSpan span, string name, string message) =>
        _found.TryAdd((span.FileName ?? "(template)", span.Start.Line + 1, name), message);

    private static string Describe(object target) => target switch
    {
        Scriban.Runtime.ScriptObject o when o.Count > 0 => $"this object (it has {string.Join(", ", o.Keys.Order(StringComparer.Ordinal).Take(12))}{(o.Count > 12 ? ", …" : "")})",
        _ => "this value",
    };

    /// <summary>What was found, as warnings (errors under --strict), in file and line order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics(bool strict) =>
        _found.OrderBy(f => f.Key.File, StringComparer.Ordinal).ThenBy(f => f.Key.Line).ThenBy(f => f.Key.Name, StringComparer.Ordinal)
            .Select(f => strict ? Diagnostic.Error(f.Key.File, f.Value, f.Key.Line) : Diagnostic.Warning(f.Key.File, f.Value, f.Key.Line))
            .ToList();
}
