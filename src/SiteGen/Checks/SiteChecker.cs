using AngleSharp.Html.Parser;
using SiteGen.Engine;

namespace SiteGen.Checks;

/// <summary>
/// Validates a written output folder: every HTML page is parsed once, in parallel, for its structure and its
/// links; then every internal link is resolved against the files written and the ids of the page it targets.
/// </summary>
public static class SiteChecker
{
    /// <param name="outputDir">The folder the build wrote.</param>
    /// <param name="baseUrl">The site's base URL as in site.yml, e.g. https://example.org/arsip/.</param>
    public static Task<CheckReport> CheckAsync(string outputDir, string baseUrl, CheckOptions options, CancellationToken cancellationToken = default) =>
        Task.Run(() => Check(outputDir, baseUrl, options, cancellationToken), cancellationToken);

    public static CheckReport Check(string outputDir, string baseUrl, CheckOptions options, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(outputDir)) throw new DirectoryNotFoundException($"The output folder '{outputDir}' does not exist.");
        var resolver = new LinkResolver(baseUrl);
        var files = OutputIndex.ListFiles(outputDir);
        var pages = files.Where(OutputIndex.IsHtml).ToArray();
        var diagnostics = new DiagnosticBag();
        var severity = options.Severity;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism),
            CancellationToken = cancellationToken,
        };

        // Pass 1: parse. A fragment link may target any page, so links wait until every page's ids are known.
        var scans = new PageScan[pages.Length];
        Parallel.For(0, pages.Length, parallel, () => new HtmlParser(), (i, _, parser) =>
        {
            var html = File.ReadAllText(Path.Combine(outputDir, pages[i]));
            using var document = parser.ParseDocument(html);
            var scan = PageScanner.Scan(pages[i], document);
            HtmlStructureCheck.Check(scan, severity, diagnostics);
            scans[i] = scan;
            return parser;
        }, _ => { });

        // Pass 2: resolve links, string work only.
        var targets = new Dictionary<string, IReadOnlySet<string>>(scans.Length, StringComparer.Ordinal);
        foreach (var scan in scans) targets[scan.Path] = scan.FragmentTargets;
        var index = new OutputIndex(files, targets);
        var linksChecked = 0;
        Parallel.For(0, scans.Length, parallel, i =>
        {
            var count = LinkCheck.CheckPage(scans[i], index, resolver, severity, diagnostics);
            Interlocked.Add(ref linksChecked, count);
        });

        return new CheckReport(CheckReport.Finish(diagnostics), pages.Length, linksChecked);
    }
}
