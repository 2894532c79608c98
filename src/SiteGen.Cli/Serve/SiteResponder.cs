using Microsoft.AspNetCore.Http;

namespace SiteGen.Cli.Serve;

/// <summary>
/// Answers a request for a page or file of the built site: the file with its content type, <c>index.html</c> for a
/// folder URL, a redirect for a folder typed without its '/', and the theme's <c>404.html</c> with status 404 for
/// anything else; and an edited article's preview in place of its page until the rebuild ends (<see cref="PreviewOverlay"/>).
/// HTML gets the live-reload script on the way out when <c>reloadTag</c> gives one (told whether the page is a preview).
/// </summary>
public sealed class SiteResponder(SiteFiles files, BuildCoordinator builds, PreviewOverlay previews, Func<bool, string?> reloadTag)
{
    /// <summary>How long a request that missed during a build waits for the build to end before answering 404.</summary>
    private static readonly TimeSpan BuildWaitLimit = TimeSpan.FromSeconds(10);

    // A bare page for sites whose theme has no 404.html, so a missing page still reloads when it comes into being.
    private static readonly byte[] PlainNotFound =
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>404</title></head><body><h1>404</h1><p>This page does not exist.</p></body></html>\n"u8.ToArray();

    private static readonly SafePath NotFoundPage = SafePath.TryParse("/404.html", out var p, out _) ? p : throw new InvalidOperationException();

    public async Task RespondAsync(HttpContext context, SafePath path)
    {
        var cancellation = context.RequestAborted;
        if (previews.Find(path) is { } preview)
        {
            var html = reloadTag(true) is { } previewTag ? ReloadScriptInjector.Inject(preview.Html, previewTag) : preview.Html;
            await SendBytesAsync(context, StatusCodes.Status200OK, ContentTypes.Html, html);
            return;
        }
        var lookup = await FindSettledAsync(path, cancellation);
        switch (lookup)
        {
            case SiteFileLookup.Found found:
                await using (found.Stream)
                    await SendFileAsync(context, found, StatusCodes.Status200OK);
                return;
            case SiteFileLookup.FolderWithoutSlash redirect:
                // 302, not 301: browsers keep 301s for good, and in development the folder may become a file tomorrow.
                context.Response.StatusCode = StatusCodes.Status302Found;
                context.Response.Headers.Location = redirect.Folder.ToUrlPath() + context.Request.QueryString;
                return;
        }

        if (await FindSettledAsync(NotFoundPage, cancellation) is SiteFileLookup.Found notFound)
        {
            await using (notFound.Stream)
                await SendFileAsync(context, notFound, StatusCodes.Status404NotFound);
            return;
        }
        var plain = reloadTag(false) is { } tag ? ReloadScriptInjector.Inject(PlainNotFound, tag) : PlainNotFound;
        await SendBytesAsync(context, StatusCodes.Status404NotFound, ContentTypes.Html, plain);
    }

    /// <summary>
    /// Looks a path up; a miss while a build ran is looked up again once the build is over, since the folder may have
    /// been mid-swap. A miss with no build around it is a real 404.
    /// </summary>
    private async Task<SiteFileLookup> FindSettledAsync(SafePath path, CancellationToken cancellation)
    {
        const int attempts = 3;
        SiteFileLookup lookup = new SiteFileLookup.Missing();
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            var version = builds.Version;
            lookup = files.Find(path);
            if (lookup is not SiteFileLookup.Missing || builds.Unchanged(version)) return lookup;
            await builds.WaitUntilIdleAsync(BuildWaitLimit, cancellation);
        }
        return lookup;
    }

    private async Task SendFileAsync(HttpContext context, SiteFileLookup.Found file, int status)
    {
        var contentType = ContentTypes.For(file.FileName);
        var tag = ContentTypes.IsHtml(contentType) ? reloadTag(false) : null;
        if (tag is null)
        {
            var response = context.Response;
            response.StatusCode = status;
            response.ContentType = contentType;
            // The length of the open file: it was complete when opened and no build writes into a served folder.
            response.ContentLength = file.Stream.Length;
            if (!HttpMethods.IsHead(context.Request.Method))
                await file.Stream.CopyToAsync(response.Body, context.RequestAborted);
            return;
        }

        var html = new byte[file.Stream.Length];
        await file.Stream.ReadExactlyAsync(html, context.RequestAborted);
        await SendBytesAsync(context, status, contentType, ReloadScriptInjector.Inject(html, tag));
    }

    private static async Task SendBytesAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
            await response.Body.WriteAsync(body, context.RequestAborted);
    }
}
