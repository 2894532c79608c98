using SiteGen.Engine;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Site;

namespace SiteGen.Modules.Assets;

/// <summary>
/// Collects theme assets (<c>theme/assets/**</c>, site layer first) and the static files of the site
/// (<c>input/static/**</c>) and the theme (<c>theme/static/**</c>), copied to the output root. Asset names carry a hash of their content, so hosts can cache them forever;
/// templates find the hashed link through <c>site.assets['style.css']</c>, and the text of each stylesheet through
/// <c>site.styles['style.css']</c>, to put it in a <c>&lt;style&gt;</c> element of the page itself.
/// </summary>
public sealed class CollectAssetsModule : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var site = context.Service<SiteContext>();
        var documents = new List<Document>();
        var links = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var styles = new SortedDictionary<string, string>(StringComparer.Ordinal);

        foreach (var (path, layer) in site.Theme.Files("assets"))
        {
            var bytes = layer.ReadBytes(path);
            var name = path["assets/".Length..];
            var destination = Fingerprinted(path, bytes);
            links[name] = site.Urls.Link("/" + destination);
            if (name.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
                styles[name] = InlineStyle.Text(layer.Describe(path), bytes);
            var asset = new AssetFile(name, destination, () => bytes);
            documents.Add(new Document(layer.Describe(path), destination).WithMetadata(DocumentKeys.Asset, asset));
        }

        var staticDir = Path.Combine(site.Root, "input", "static");
        var siteStatic = new HashSet<string>(StringComparer.Ordinal);
        if (Directory.Exists(staticDir))
            foreach (var full in Directory.EnumerateFiles(staticDir, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                if (new FileInfo(full).LinkTarget is not null) continue; // never follow links out of the site
                var destination = Path.GetRelativePath(staticDir, full).Replace('\\', '/');
                siteStatic.Add(destination);
                var asset = new AssetFile(destination, destination, () => File.ReadAllBytes(full));
                documents.Add(new Document(Path.GetRelativePath(site.Root, full).Replace('\\', '/'), destination).WithMetadata(DocumentKeys.Asset, asset));
            }

        // The theme's static files (favicon.ico) go to the output root as they are, like Hugo's theme static/;
        // a file of the same name in the site's input/static wins.
        foreach (var (path, layer) in site.Theme.Files("static"))
        {
            var destination = path["static/".Length..];
            if (!siteStatic.Add(destination)) continue;
            var bytes = layer.ReadBytes(path);
            var asset = new AssetFile(destination, destination, () => bytes);
            documents.Add(new Document(layer.Describe(path), destination).WithMetadata(DocumentKeys.Asset, asset));
        }

        site.Assets = links;
        site.Styles = styles;
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }

    // Every file of assets/ is named by its content (icons and images too): hosts cache /assets/ for a year.
    private static string Fingerprinted(string path, byte[] bytes)
    {
        var ext = Path.GetExtension(path);
        var hash = StableHash.Hex(bytes, 10);
        return $"{path[..^ext.Length]}.{hash}{ext}";
    }
}
