using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using SiteGen.Cli.Serve;

namespace SiteGen.Browser.Tests;

/// <summary>
/// A plain static host for a built site deployed under a sub-path (<c>http://127.0.0.1:PORT/arsip-berita/</c>), the
/// way a production host would serve it: files only under the sub-path, a 404 for everything else, and the response
/// headers of netlify.toml on every answer. <c>sitegen serve</c> cannot stand in here: it serves from the root and
/// builds without the search index.
/// </summary>
/// <remarks>
/// It listens before anything is built, because the base URL the site is built with must carry the port it was given.
/// Files are read at request time, so the folder may be written after <see cref="StartAsync"/>.
/// </remarks>
public sealed class SubPathSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SubPathSiteServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>Where the site lives, ending in a slash: <c>http://127.0.0.1:PORT/arsip-berita/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The sub-path alone, with both slashes: <c>/arsip-berita/</c>.</summary>
    public string BasePath => BaseUrl.AbsolutePath;

    /// <param name="folder">The built site; need not exist yet.</param>
    /// <param name="basePath">The sub-path, e.g. <c>/arsip-berita/</c>.</param>
    public static async Task<SubPathSiteServer> StartAsync(string folder, string basePath, NetlifyHeaderRules headers)
    {
        var requestPath = "/" + basePath.Trim('/');
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();

        app.Use((context, next) =>
        {
            // Netlify's rules name paths of the deployed site, which starts at the sub-path.
            var path = context.Request.Path.Value ?? "/";
            if (path.StartsWith(requestPath, StringComparison.Ordinal)) path = path[requestPath.Length..];
            foreach (var (name, value) in headers.For(path.Length == 0 ? "/" : path))
                context.Response.Headers.Append(name, value);
            return next(context);
        });

        Directory.CreateDirectory(folder);
        var files = new PhysicalFileProvider(Path.GetFullPath(folder));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = requestPath });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = requestPath,
            ContentTypeProvider = new SiteContentTypes(),
        });
        app.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });

        using var starting = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await app.StartAsync(starting.Token);
        var listening = new Uri(app.Urls.Single());
        return new SubPathSiteServer(app, new Uri($"http://127.0.0.1:{listening.Port}{requestPath}/"));
    }

    /// <summary>The absolute URL of a page of the site: <c>Url("cari/?q=x")</c>.</summary>
    public string Url(string relative = "") => new Uri(BaseUrl, relative.TrimStart('/')).ToString();

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stopping.Token);
        await _app.DisposeAsync();
    }

    /// <summary>The dev server's table of content types, which knows Pagefind's index files (unknown to ASP.NET Core's).</summary>
    private sealed class SiteContentTypes : IContentTypeProvider
    {
        public bool TryGetContentType(string subpath, out string contentType)
        {
            contentType = ContentTypes.For(subpath);
            return true;
        }
    }
}
