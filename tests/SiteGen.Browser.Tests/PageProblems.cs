using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SiteGen.Browser.Tests;

/// <summary>
/// Everything that went wrong on a page while a test used it, across navigations: console errors, uncaught script
/// errors, failed responses and Content-Security-Policy violations. A page can look right while its search script
/// was blocked by the policy or its index files were 404, so the tests assert this list is empty at the end.
/// </summary>
/// <remarks>
/// The one thing forgiven is a missing /favicon.ico: browsers ask for it on their own and the site has none.
/// </remarks>
public sealed class PageProblems
{
    // The page reports each violation through a function Playwright exposes; the init script runs before any of the
    // page's own scripts (and is not itself subject to the page's policy), so no violation in the document goes
    // unseen. A violation inside a worker (Pagefind compiles its WebAssembly in one) is not dispatched to the
    // document, but Chromium logs it as a console error, which is caught below.
    private const string ReportFunction = "__sitegenReportViolation";
    private const string ListenForViolations =
        "document.addEventListener('securitypolicyviolation', e => window." + ReportFunction +
        "(e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' in ' + e.documentURI + (e.sample ? ': ' + e.sample : '')));";

    private readonly List<string> _problems = [];
    private readonly ITestOutputHelper _output;

    private PageProblems(ITestOutputHelper output) => _output = output;

    public IReadOnlyList<string> All
    {
        get
        {
            lock (_problems) return [.. _problems];
        }
    }

    public static async Task<PageProblems> WatchAsync(IPage page, ITestOutputHelper output)
    {
        var problems = new PageProblems(output);
        page.Console += (_, message) =>
        {
            problems.Log($"browser console {message.Type}: {message.Text} ({message.Location})");
            if (message.Type == "error" && !IsMissingFavicon(message.Location)) problems.Add($"console error: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => problems.Add($"uncaught error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !IsMissingFavicon(response.Url)) problems.Add($"HTTP {response.Status} for {response.Url}");
        };
        page.RequestFailed += (_, request) =>
        {
            // Leaving a page cancels what it was still loading (search fragments, say); that is not a fault.
            if (request.Failure != "net::ERR_ABORTED") problems.Add($"request failed: {request.Url} ({request.Failure})");
        };
        await page.ExposeFunctionAsync(ReportFunction, (string violation) => problems.Add($"CSP violation: {violation}"));
        await page.AddInitScriptAsync(ListenForViolations);
        return problems;
    }

    private static bool IsMissingFavicon(string? url) => url is not null && url.Contains("/favicon.ico", StringComparison.Ordinal);

    private void Add(string problem)
    {
        lock (_problems) _problems.Add(problem);
        // Also at once: a test that fails on a later wait then shows the cause (a blocked script, a 404) in its output.
        Log("page problem: " + problem);
    }

    private void Log(string line)
    {
        try
        {
            _output.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // The browser said something after the test ended (while closing); nobody is listening any more.
        }
    }
}
