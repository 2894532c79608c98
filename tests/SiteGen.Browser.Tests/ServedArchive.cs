using SiteGen.Cli;
using SiteGen.Search;
using SiteGen.Tests.Serve;

namespace SiteGen.Browser.Tests;

/// <summary>
/// A temp copy of the repository's site plus <see cref="SearchCorpus"/> and enough generated articles for a second
/// home page, built through the real CLI (<c>sitegen build</c>) for a sub-path deployment and served there with the
/// headers of netlify.toml. Built once per test class (see the fixtures below) and deleted afterwards.
/// </summary>
public sealed class ServedArchive : IAsyncDisposable
{
    public const string BasePath = "/arsip-berita/";

    // With the bundled article and the corpus, 20 more make 25: two home pages at the bundled page size of 20.
    private const int GeneratedArticles = 20;

    private ServedArchive(RepositoryCopy site, SubPathSiteServer server, NetlifyHeaderRules headers)
    {
        Site = site;
        Server = server;
        Headers = headers;
    }

    public RepositoryCopy Site { get; }
    public SubPathSiteServer Server { get; }

    /// <summary>The header rules of the repository's netlify.toml, which the server sends.</summary>
    public NetlifyHeaderRules Headers { get; }

    /// <param name="pagefind">The Pagefind to index the site with, or null for a site without a search index.</param>
    /// <param name="searchShardSize">search.shardSize for the site: small, the index comes in parts the browser merges.</param>
    public static async Task<ServedArchive> StartAsync(string? pagefind, int? searchShardSize = null)
    {
        var site = RepositoryCopy.CopyOfRepository(GeneratedArticles);
        SubPathSiteServer? server = null;
        try
        {
            SearchCorpus.WriteInto(site);
            if (searchShardSize is { } size)
            {
                var yml = Path.Combine(site.Root, "input", "site.yml");
                var text = File.ReadAllText(yml);
                if (!text.Contains("search:\n  enabled: true\n", StringComparison.Ordinal)) throw new InvalidOperationException("site.yml has no search block to extend");
                RepositoryCopy.WriteAtomically(yml, text.Replace("search:\n  enabled: true\n", $"search:\n  enabled: true\n  shardSize: {size}\n"));
            }
            var headers = NetlifyHeaderRules.Load(Path.Combine(RepositoryCopy.RepositoryRoot(), "netlify.toml"));
            server = await SubPathSiteServer.StartAsync(site.OutputPath, BasePath, headers);
            string[] args = ["build", "--root", site.Root, "--base-url", server.BaseUrl.ToString(), "--progress", "none"];
            if (pagefind is not null) args = [.. args, "--pagefind", pagefind];

            var stdout = new StringWriter();
            var stderr = new StringWriter();
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            var code = await SiteGenCli.RunAsync(args, stdout, stderr, limit.Token);
            var printed = $"sitegen {string.Join(' ', args)}\n{stdout}{stderr}";
            if (code != 0) throw new InvalidOperationException($"the build failed with exit code {code}:\n{printed}");
            // A Pagefind that failed costs the build only a warning; here it must have indexed the site.
            var index = Path.Combine(site.OutputPath, PagefindIndexer.BundleFolder, PagefindIndexer.EntryFile);
            if (pagefind is not null && !File.Exists(index))
                throw new InvalidOperationException($"Pagefind did not index the site (no {index}):\n{printed}");
            return new ServedArchive(site, server, headers);
        }
        catch
        {
            if (server is not null) await server.DisposeAsync();
            site.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Site.Dispose();
    }
}

/// <summary>The archive with Pagefind's index, built once for a test class; not built where Pagefind is missing (the tests skip).</summary>
public sealed class SearchableArchiveFixture : IAsyncLifetime
{
    private ServedArchive? _archive;

    public ServedArchive Archive => _archive ?? throw new InvalidOperationException("call PagefindTool.RequireOrSkip() first");

    public async Task InitializeAsync()
    {
        // One article a shard: every search merges the archive's parts in the browser, as a big archive's does.
        if (PagefindTool.IsInstalled) _archive = await ServedArchive.StartAsync(PagefindTool.ExecutablePath, searchShardSize: 1);
    }

    public async Task DisposeAsync()
    {
        if (_archive is not null) await _archive.DisposeAsync();
    }
}

/// <summary>The archive without a search index (keyboard tests need no Pagefind), built once for a test class.</summary>
public sealed class ArchiveFixture : IAsyncLifetime
{
    private ServedArchive? _archive;

    public ServedArchive Archive => _archive!;

    public async Task InitializeAsync() => _archive = await ServedArchive.StartAsync(pagefind: null);

    public async Task DisposeAsync()
    {
        if (_archive is not null) await _archive.DisposeAsync();
    }
}
