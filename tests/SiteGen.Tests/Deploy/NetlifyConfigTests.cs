using System.Text.RegularExpressions;
using SiteGen.Rendering;
using SiteGen.Site;
using SiteGen.Tests.Support;
using Tomlyn;
using Tomlyn.Model;

namespace SiteGen.Tests.Deploy;

/// <summary>Reads netlify.toml as Netlify would and checks it against a site the build really writes.</summary>
public class NetlifyConfigTests
{
    private static readonly string ConfigPath = Path.Combine(RepoPaths.Root, "netlify.toml");

    private static TomlTable Config() => TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(ConfigPath))!;

    private static IReadOnlyList<(NetlifyPathPattern For, TomlTable Values)> HeaderRules() =>
        ((TomlTableArray)Config()["headers"]).Select(t => (new NetlifyPathPattern((string)t["for"]), (TomlTable)t["values"])).ToList();

    [Fact]
    public void TheBuildRunsBuildShAndPublishesTheDefaultOutputFolder()
    {
        var build = (TomlTable)Config()["build"];
        Assert.Equal("bash build.sh", build["command"]);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "build.sh")));
        Assert.Equal(BuildOptions.DefaultOutputFolder, build["publish"]);
        Assert.Equal(Path.GetFullPath(Path.Combine("/site", BuildOptions.DefaultOutputFolder)), new BuildOptions { Root = "/site" }.OutputPath);
    }

    [Fact]
    public void NoValueReferencesASecretOrAVariable()
    {
        var text = File.ReadAllText(ConfigPath);
        Assert.DoesNotMatch(@"\$\{[^}]*\}", text);
        Assert.DoesNotMatch(@"\$[A-Z_]{2,}", text);
    }

    [Fact]
    public async Task EveryHeaderRuleMatchesAPathOfABuiltSiteAndNoPathGetsTheSameHeaderTwice()
    {
        using var site = new TempSite();
        Assert.Equal(0, (await site.BuildAsync("--progress", "none")).ExitCode);
        var paths = NetlifyPathPattern.ServedPaths(site.Output);
        var rules = HeaderRules();
        Assert.NotEmpty(rules);

        foreach (var (pattern, _) in rules)
            Assert.True(paths.Any(pattern.Matches), $"header rule '{pattern.Pattern}' matches no path of a built site");

        // Netlify joins the values of a header set by several matching rules into one comma list, which would turn
        // two Cache-Control values into one contradictory header; so every path may get each header from one rule only.
        foreach (var path in paths)
        {
            var names = rules.Where(r => r.For.Matches(path)).SelectMany(r => r.Values.Keys).ToList();
            Assert.True(names.Count == names.Distinct(StringComparer.OrdinalIgnoreCase).Count(), $"{path} gets a header from two rules: {string.Join(", ", names)}");
        }
    }

    [Fact]
    public async Task FingerprintedAssetsAreCachedForAYearAndPagesKeepTheHostsShortDefault()
    {
        using var site = new TempSite();
        Assert.Equal(0, (await site.BuildAsync("--progress", "none")).ExitCode);
        var rules = HeaderRules();
        string? CacheControl(string path) => rules.Where(r => r.For.Matches(path))
            .SelectMany(r => r.Values).Where(kv => kv.Key.Equals("Cache-Control", StringComparison.OrdinalIgnoreCase))
            .Select(kv => (string)kv.Value).SingleOrDefault();

        var assets = NetlifyPathPattern.ServedPaths(site.Output).Where(p => p.StartsWith("/assets/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(assets);
        Assert.All(assets, a => Assert.Matches(@"\.[0-9a-f]{10}\.[a-z0-9]+$", a)); // only fingerprinted files may be immutable
        Assert.All(assets, a => Assert.Equal("public, max-age=31536000, immutable", CacheControl(a)));
        // HTML keeps Netlify's "public, max-age=0, must-revalidate": a new deploy shows at once.
        Assert.Null(CacheControl("/"));
        Assert.Null(CacheControl("/cari/"));
    }

    [Fact]
    public async Task TheContentSecurityPolicyIsStrictAndTheBuiltPagesNeedNothingItForbids()
    {
        var all = HeaderRules().Single(r => r.For.Pattern == "/*").Values;
        Assert.Equal("nosniff", all["X-Content-Type-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", all["Referrer-Policy"]);
        var csp = ((string)all["Content-Security-Policy"]).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToArray());
        Assert.Equal(["'self'"], csp["default-src"]);
        Assert.Equal(["'self'", "'wasm-unsafe-eval'"], csp["script-src"]); // Pagefind's search runs as WebAssembly
        // The pages' own stylesheet comes inline, allowed by its hash alone: no 'unsafe-inline'.
        Assert.Equal("'self'", csp["style-src"][0]);
        Assert.All(csp["style-src"].Skip(1), s => Assert.Matches("^'sha256-[A-Za-z0-9+/]{43}='$", s));
        Assert.Equal(["'self'", "data:"], csp["img-src"]);
        Assert.Equal(["'none'"], csp["object-src"]);
        Assert.Equal(["'self'"], csp["base-uri"]);
        Assert.Equal(["'none'"], csp["frame-ancestors"]);

        using var site = new TempSite();
        Assert.Equal(0, (await site.BuildAsync("--progress", "none")).ExitCode);
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var doc = HtmlPages.Load(file);
            // JSON-LD is data and never runs; every other script must be a file of the site.
            Assert.All(doc.QuerySelectorAll("script:not([type='application/ld+json'])"), s => Assert.True(s.HasAttribute("src"), $"{file}: inline script"));
            Assert.All(doc.QuerySelectorAll("script[src], link[rel=stylesheet]"), e =>
                Assert.DoesNotMatch("^(https?:)?//", e.GetAttribute("src") ?? e.GetAttribute("href")!));
            // Inline CSS only where the policy names its hash; never a style attribute, which no hash allows here.
            Assert.Empty(doc.QuerySelectorAll("[style]"));
            Assert.All(doc.QuerySelectorAll("style"), style => Assert.True(csp["style-src"].Contains(InlineStyle.CspSource(style.TextContent)),
                $"{file}: a <style> whose hash {InlineStyle.CspSource(style.TextContent)} is not in netlify.toml's style-src (after a change to theme/assets/style.css, put the new hash there)"));
            Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }
}
