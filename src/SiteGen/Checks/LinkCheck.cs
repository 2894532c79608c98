using SiteGen.Engine;

namespace SiteGen.Checks;

/// <summary>Reports the internal links of a page that no written file answers, or whose fragment names no element there.</summary>
internal static class LinkCheck
{
    /// <summary>Checks every link of a parsed page; returns how many were internal and so checked.</summary>
    public static int CheckPage(PageScan page, OutputIndex index, LinkResolver resolver, Severity severity, DiagnosticBag into)
    {
        var documentPath = page.Path;
        if (page.BaseHref is { } baseHref)
        {
            // <base href> moves what every relative link (even "#id") is resolved against.
            var resolvedBase = resolver.Resolve(page.Path, baseHref);
            if (resolvedBase.Target != LinkTarget.Internal)
            {
                into.Add(new Diagnostic(severity, page.Path, null,
                    $"<base href=\"{baseHref}\"> points outside the site, so the page's links were not checked"));
                return 0;
            }
            documentPath = resolvedBase.Path;
        }

        var checkedCount = 0;
        foreach (var link in page.Links)
            if (CheckLink(page.Path, documentPath, link, index, resolver, severity, into)) checkedCount++;
        return checkedCount;
    }

    /// <summary>Checks one link written on <paramref name="page"/>; false when the link is external and was skipped.</summary>
    public static bool CheckLink(string page, string documentPath, PageLink link, OutputIndex index, LinkResolver resolver, Severity severity, DiagnosticBag into)
    {
        var resolved = resolver.Resolve(documentPath, link.Url);
        switch (resolved.Target)
        {
            case LinkTarget.External:
                return false;
            case LinkTarget.OutsideOutput:
                into.Add(new Diagnostic(severity, page, null, $"{link.Describe()} climbs above the root of the site"));
                return true;
            case LinkTarget.OutsideBasePath:
                into.Add(new Diagnostic(severity, page, null,
                    $"{link.Describe()} is outside the site's base path {resolver.BasePath}; write it as {resolver.BasePath}{resolved.Path.TrimStart('/')}"));
                return true;
        }

        var file = index.FindFile(resolved.Path);
        if (file is null)
        {
            // Name the file that would have to exist: that is what a person looks for in the output folder.
            var expected = resolved.Path.Length == 0 || resolved.Path.EndsWith('/') ? resolved.Path + "index.html" : resolved.Path;
            into.Add(new Diagnostic(severity, page, null, $"{link.Describe()} points to {expected}, which is not in the output"));
            return true;
        }

        if (resolved.Fragment is { } fragment && !FragmentIsFound(fragment, file, index))
            into.Add(new Diagnostic(severity, page, null, $"{link.Describe()} points to #{fragment}, but {file} has no element with that id"));
        return true;
    }

    private static bool FragmentIsFound(string fragment, string file, OutputIndex index)
    {
        // A text directive (#:~:text=...) is not an id; whatever precedes it is.
        var directive = fragment.IndexOf(":~:", StringComparison.Ordinal);
        if (directive >= 0) fragment = fragment[..directive];
        // "#" and "#top" scroll to the top of any page (HTML's rule for an unmatched "top").
        if (fragment.Length == 0 || fragment.Equals("top", StringComparison.OrdinalIgnoreCase)) return true;
        // Unparsed files (feeds, CSS, pages the cheap mode never read) have no known ids: existence is all we can say.
        return !index.TryGetFragmentTargets(file, out var targets) || targets.Contains(fragment);
    }
}
