using Scriban.Runtime;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering;

/// <summary>The variables one page's template receives: <c>page</c> always, plus whatever the page kind adds.</summary>
public static class PageModel
{
    public static ScriptObject Create(PageMeta meta, params (string Name, object? Value)[] variables)
    {
        // `pager` is there on every page (null where there is none), so a shared layout can test it without a warning.
        var model = new ScriptObject { ["page"] = meta, ["pager"] = null };
        foreach (var (name, value) in variables) model[name] = value;
        return model;
    }
}
