using Scriban;
using Scriban.Runtime;

namespace SiteGen.Rendering;

/// <summary>Scriban's context with <see cref="ViewAccessor"/> for the view records; Scriban caches the accessor per type.</summary>
internal sealed class ViewTemplateContext : TemplateContext
{
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        base.GetMemberAccessorImpl(target) is { } scriban ? ViewAccessor.For(target.GetType(), scriban, this) : null;
}
