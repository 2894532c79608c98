using SiteGen.Engine;

namespace SiteGen.Checks;

/// <summary>
/// The cheap link check: the build already knows every file it wrote and the hrefs it put on each page, so
/// unresolved links can be found without reading or parsing any HTML. Fragments are not checked here, since
/// ids are only known after parsing; <see cref="SiteChecker"/> does that.
/// </summary>
public static class LinkSetCheck
{
    /// <param name="written">
    /// What the build wrote: output paths ("tag/x/index.html", "feed.xml") or root-relative folder URLs without
    /// the base path ("/tag/x/"), which stand for their index.html.
    /// </param>
    /// <param name="links">Each href with the page it is written on, the page named the same way.</param>
    public static CheckReport Check(IEnumerable<string> written, IEnumerable<(string Page, string Href)> links, string baseUrl, CheckOptions options)
    {
        var resolver = new LinkResolver(baseUrl);
        var index = new OutputIndex(written.Select(ToOutputPath));
        var diagnostics = new DiagnosticBag();
        var pages = new HashSet<string>(StringComparer.Ordinal);
        var linksChecked = 0;
        // Most hrefs are root-relative and recur on thousands of pages; resolving them does not depend on the page,
        // so one that resolved cleanly once is not resolved again. One with a finding is checked on each page, to name it.
        var clean = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (page, href) in links)
        {
            var pagePath = ToOutputPath(page);
            pages.Add(pagePath);
            if (href.StartsWith('/') && clean.TryGetValue(href, out var wasInternal))
            {
                if (wasInternal) linksChecked++;
                continue;
            }
            var before = diagnostics.Count;
            var isInternal = LinkCheck.CheckLink(pagePath, pagePath, new PageLink(null, "href", href), index, resolver, options.Severity, diagnostics);
            if (isInternal) linksChecked++;
            if (href.StartsWith('/') && diagnostics.Count == before) clean[href] = isInternal;
        }
        return new CheckReport(CheckReport.Finish(diagnostics), pages.Count, linksChecked);
    }

    /// <summary>
    /// The same check over what a <see cref="LinkRecorder"/> holds, without expanding its million (page, href) pairs:
    /// a root-relative href resolves the same on every page, so each distinct one is resolved once, and only those
    /// with a finding are checked again page by page, to name each page.
    /// </summary>
    /// <param name="skip">Hrefs left out of the check (their findings are reported another way).</param>
    public static CheckReport Check(IEnumerable<string> written, LinkRecorder recorder, Func<string, bool> skip, string baseUrl, CheckOptions options)
    {
        var resolver = new LinkResolver(baseUrl);
        var index = new OutputIndex(written.Select(ToOutputPath));
        var diagnostics = new DiagnosticBag();
        var hrefs = recorder.HrefTable;
        // Per href: 0 check on each page, 1 clean and internal, 2 clean and external, 3 skipped.
        var verdicts = new byte[hrefs.Count];
        var probe = new DiagnosticBag();
        for (var id = 0; id < hrefs.Count; id++)
        {
            var href = hrefs[id];
            if (skip(href)) { verdicts[id] = 3; continue; }
            if (!href.StartsWith('/')) continue;
            var before = probe.Count;
            var isInternal = LinkCheck.CheckLink("index.html", "index.html", new PageLink(null, "href", href), index, resolver, options.Severity, probe);
            if (probe.Count == before) verdicts[id] = isInternal ? (byte)1 : (byte)2;
        }

        var pages = 0;
        var linksChecked = 0;
        foreach (var (page, ids) in recorder.Pages)
        {
            var pagePath = ToOutputPath(page);
            var any = false;
            foreach (var id in ids)
            {
                switch (verdicts[id])
                {
                    case 3: continue;
                    case 1: linksChecked++; break;
                    case 2: break;
                    default:
                        if (LinkCheck.CheckLink(pagePath, pagePath, new PageLink(null, "href", hrefs[id]), index, resolver, options.Severity, diagnostics))
                            linksChecked++;
                        break;
                }
                any = true;
            }
            if (any) pages++;
        }
        return new CheckReport(CheckReport.Finish(diagnostics), pages, linksChecked);
    }

    private static string ToOutputPath(string pathOrUrl)
    {
        var path = pathOrUrl.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
