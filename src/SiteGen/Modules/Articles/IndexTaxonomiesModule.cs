using SiteGen.Archive;
using SiteGen.Engine;
using SiteGen.Inference.Sections;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Rendering.Views;
using SiteGen.Site;

namespace SiteGen.Modules.Articles;

/// <summary>
/// Builds the taxonomy index once, after inference has ordered the archive, and hands it on with the article documents:
/// article pages, summaries, term pages and feeds then all agree on each term's name and slug.
/// Every document carries the same instance; read it with <see cref="ArchiveInputs.Taxonomies"/>.
/// </summary>
public sealed class IndexTaxonomiesModule : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        var settings = site.Settings;
        var articles = inputs.Select(d => d.Get<Article>(DocumentKeys.Article)).ToList();
        var taxonomies = SiteTaxonomies.Build(settings.Taxonomies, articles, context.Diagnostics, SiteSections.Of(settings.Sections).List);
        site.SectionMenu = [.. SectionTerms.Listed(settings.Sections, taxonomies).Select(t => new LinkView(Html.Escape(t.Name), site.Urls.Link(t.Path)))];
        var output = new Document[inputs.Count];
        for (var i = 0; i < inputs.Count; i++) output[i] = inputs[i].WithMetadata(DocumentKeys.Taxonomies, taxonomies);
        return Task.FromResult<IReadOnlyList<Document>>(output);
    }
}
