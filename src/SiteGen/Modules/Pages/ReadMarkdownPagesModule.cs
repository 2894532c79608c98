using System.Text;
using Markdig;
using Markdig.Renderers;
using SiteGen.Engine;
using SiteGen.Language;
using SiteGen.Model;
using SiteGen.Reading;
using SiteGen.Rendering;
using SiteGen.Site;

namespace SiteGen.Modules.Pages;

/// <summary>
/// Reads <c>input/**/*.md</c>: front matter (title, description, slug) and a Markdown body. Raw HTML in Markdown is
/// not passed through (as in Hugo's default), and root-relative links get the base URL's sub-path.
/// </summary>
public sealed class ReadMarkdownPagesModule : IModule
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        var inputDir = Path.Combine(site.Root, "input");
        var documents = new List<Document>();
        if (!Directory.Exists(inputDir)) return Task.FromResult<IReadOnlyList<Document>>(documents);

        var files = Directory.EnumerateFiles(inputDir, "*.md", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal);
        foreach (var full in files)
        {
            var relative = Path.GetRelativePath(site.Root, full).Replace('\\', '/');
            var decoded = TextDecoding.Decode(relative, File.ReadAllBytes(full));
            context.Diagnostics.AddRange(decoded.Diagnostics);
            if (decoded.Text is null) continue;

            var diagnostics = new List<Diagnostic>();
            var front = FrontMatter.Read(relative, decoded.Text.Replace("\r\n", "\n"), diagnostics);
            context.Diagnostics.AddRange(diagnostics);

            var within = Path.GetRelativePath(inputDir, full).Replace('\\', '/');
            var stem = within[..^3];
            var slug = front.Values.Slug is { } s ? Slugs.From(s) : string.Join('/', stem.Split('/').Select(part => Slugs.From(part)));
            if (slug.Length == 0 || slug.Split('/').Any(p => p.Length == 0))
            {
                context.Diagnostics.Add(Diagnostic.Error(relative, "has no usable URL (set 'slug' in its front matter); skipped"));
                continue;
            }
            if (front.Values.Title is null)
                context.Diagnostics.Add(Diagnostic.Warning(relative, "has no 'title' in its front matter; using the file name", 1));

            var linkDiagnostics = new List<Diagnostic>();
            var html = ToHtml(relative, front, site.Urls, linkDiagnostics);
            context.Diagnostics.AddRange(linkDiagnostics);
            var page = new MarkdownPage(relative, $"/{slug}/", front.Values.Title ?? stem, front.Values.Description ?? "", html);
            documents.Add(new Document(relative).WithMetadata(DocumentKeys.MarkdownPage, page));
        }
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }

    private static string ToHtml(string file, FrontMatter.Result front, SiteUrls urls, List<Diagnostic> diagnostics)
    {
        var markdown = front.Body;
        var document = Markdig.Markdown.Parse(markdown, Markdown);
        UnsafeMarkdownLinks.Neutralise(document, file, front.BodyStartLine, diagnostics);
        // Stable ids on headings so sections can be linked; "isi" is the layout's own main landmark.
        HeadingIds.Assign(document, ["isi"]);
        var writer = new StringWriter(new StringBuilder(markdown.Length * 2));
        var renderer = new HtmlRenderer(writer)
        {
            LinkRewriter = link => link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) ? urls.Link(link) : link,
        };
        Markdown.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
