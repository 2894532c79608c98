using SiteGen.Engine;
using SiteGen.Model;
using SiteGen.Reading;
using SiteGen.Rendering;
using SiteGen.Rendering.Views;
using SiteGen.Site;

namespace SiteGen.Modules.Pages;

/// <summary>Places each Markdown page at its URL inside the theme's page layout.</summary>
public sealed class RenderMarkdownPagesModule : IModule
{
    public const string Layout = "layouts/page.sbn";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        IReadOnlyList<Document> output = inputs.Select(d =>
        {
            var page = d.Get<MarkdownPage>(DocumentKeys.MarkdownPage);
            return d.WithDestination(SiteUrls.FileFor(page.Url)).WithContent(site.Page(Layout, () =>
            {
                var meta = new PageMeta
                {
                    Kind = "page",
                    Title = Html.Escape(page.Title),
                    Description = Html.Escape(page.Description),
                    Canonical = site.Urls.Absolute(page.Url),
                };
                // body_html is the one trusted-HTML value: Markdown rendered with raw HTML disabled.
                return PageModel.Create(meta, ("body_html", page.BodyHtml));
            }));
        }).ToList();
        return Task.FromResult(output);
    }
}
