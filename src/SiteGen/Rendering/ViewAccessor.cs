using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering;

/// <summary>
/// Reads the members of SiteGen's own view records (<see cref="Views"/>) through typed delegates. Scriban's accessor
/// for .NET objects calls <c>PropertyInfo.GetValue</c>, a reflection call for every <c>article.title</c> of every page;
/// this one answers the same names with the same values, and leaves everything else to Scriban's accessor.
/// </summary>
internal sealed class ViewAccessor : IObjectAccessor
{
    private readonly IObjectAccessor _scriban;
    private readonly Dictionary<string, Func<object, object?>> _getters;

    private ViewAccessor(IObjectAccessor scriban, Dictionary<string, Func<object, object?>> getters)
    {
        _scriban = scriban;
        _getters = getters;
    }

    /// <summary>
    /// A delegate-backed accessor for a view record, or <paramref name="scriban"/> itself for any other type, or when the
    /// record's members, named as Scriban names them, are not exactly the ones Scriban's accessor lists.
    /// </summary>
    public static IObjectAccessor For(Type type, IObjectAccessor scriban, TemplateContext context)
    {
        if (type.Namespace != typeof(PageMeta).Namespace || !type.IsSealed || type.BaseType != typeof(object)) return scriban;
        if (type.GetFields(BindingFlags.Instance | BindingFlags.Public).Length > 0) return scriban;

        var renamer = context.MemberRenamer ?? StandardMemberRenamer.Default;
        var getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true, IsStatic: false }) return scriban;
            if (context.MemberFilter is { } filter && !filter(property)) continue;
            var name = renamer(property);
            if (string.IsNullOrEmpty(name)) name = property.Name;
            getters.TryAdd(name, Getter(property));
        }

        var names = new HashSet<string>(scriban.GetMembers(context, default, null!), StringComparer.Ordinal);
        return names.SetEquals(getters.Keys) ? new ViewAccessor(scriban, getters) : scriban;
    }

    private static Func<object, object?> Getter(PropertyInfo property) =>
        (Func<object, object?>)typeof(ViewAccessor).GetMethod(nameof(TypedGetter), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(property.DeclaringType!, property.PropertyType)
            .Invoke(null, [property])!;

    private static Func<object, object?> TypedGetter<TTarget, TValue>(PropertyInfo property)
    {
        var get = property.GetMethod!.CreateDelegate<Func<TTarget, TValue>>();
        return target => get((TTarget)target);
    }

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var get))
        {
            value = get(target);
            return true;
        }
        return _scriban.TryGetValue(context, span, target, member, out value);
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _scriban.GetMemberCount(context, span, target);
    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _scriban.GetMembers(context, span, target);
    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _scriban.HasMember(context, span, target, member);
    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => _scriban.TrySetValue(context, span, target, member, value);
    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) => _scriban.TryGetItem(context, span, target, index, out value);
    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => _scriban.TrySetItem(context, span, target, index, value);
    public bool HasIndexer => _scriban.HasIndexer;
    public Type? IndexType => _scriban.IndexType;
}
