using SiteGen.Engine;
using SiteGen.Formats;
using SiteGen.Model;
using SiteGen.Modules.Articles;
using SiteGen.Reading;
using SiteGen.Site;

namespace SiteGen.Modules.Sitemaps;

/// <summary>
/// <c>/sitemap.xml</c> (every article, Markdown page and list page, with the newest article date each depends on) and
/// <c>/robots.txt</c> pointing at it. List pages are the documents of <paramref name="listPipelines"/> that carry a
/// <see cref="SitemapEntry"/>, so the sitemap always matches what was written; Markdown pages come from
/// <paramref name="pagesPipeline"/>.
/// </summary>
public sealed class SitemapModule(string pagesPipeline, IReadOnlyList<string> listPipelines) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        var documents = new List<Document>();
        var entries = Entries(context);
        // Each file is made from the entries and its own path (the base URL is in the render key): a build that changed
        // no URL and no date keeps the sitemap without writing 14,000 entries of XML to compare.
        var all = new Lazy<Hash128>(() => Fingerprint(entries), LazyThreadSafetyMode.ExecutionAndPublication);
        foreach (var file in Sitemap.Files(entries, site.Urls))
        {
            var path = file.Path;
            documents.Add(new Document($"sitemap:{path}", path.TrimStart('/'))
                .WithMetadata(DocumentKeys.Utf8Content, file.Write)
                .WithMetadata(DocumentKeys.Fingerprint, new Func<Hash128>(() => Model.Fingerprint.Combine(all.Value, Model.Fingerprint.OfText(path)))));
        }

        // A site that ships its own robots.txt (input/static/) keeps it.
        if (!File.Exists(Path.Combine(site.Root, "input", "static", RobotsTxt.Path)))
            documents.Add(new Document("robots", RobotsTxt.Path).WithContent(RobotsTxt.For(site.Urls.Absolute(Sitemap.Path))));
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }

    private static Hash128 Fingerprint(IReadOnlyList<SitemapEntry> entries)
    {
        var f = new Fingerprint().Add("sitemap").Add(entries.Count);
        foreach (var e in entries) f.Add(e.Path).Add(e.LastModified);
        return f.Value;
    }

    /// <summary>Articles newest first, then Markdown pages, then list pages in pipeline order; each path once.</summary>
    private List<SitemapEntry> Entries(PipelineContext context)
    {
        var entries = new List<SitemapEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(SitemapEntry e)
        {
            if (seen.Add(e.Path)) entries.Add(e);
        }

        foreach (var a in context.Articles()) Add(new SitemapEntry(a.Url, a.Date));
        foreach (var doc in context.ProcessedBy(pagesPipeline))
            if (doc.GetOrDefault<MarkdownPage>(DocumentKeys.MarkdownPage) is { } page) Add(new SitemapEntry(page.Url, null));
        foreach (var pipeline in listPipelines)
            foreach (var doc in context.ProcessedBy(pipeline))
                if (doc.GetOrDefault<SitemapEntry>(DocumentKeys.SitemapEntry) is { } e) Add(e);
        return entries;
    }
}
