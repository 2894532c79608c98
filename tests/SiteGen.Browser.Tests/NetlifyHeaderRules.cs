using SiteGen.Tests.Deploy;
using Tomlyn;
using Tomlyn.Model;

namespace SiteGen.Browser.Tests;

/// <summary>
/// The <c>[[headers]]</c> rules of the repository's netlify.toml, applied the way Netlify applies them: every rule whose
/// <c>for</c> pattern matches a path adds its values. Read from the file rather than copied, so a browser test sees
/// the Content-Security-Policy that is really deployed and fails when a change to it would break a page.
/// </summary>
public sealed class NetlifyHeaderRules
{
    private readonly IReadOnlyList<(NetlifyPathPattern For, IReadOnlyList<KeyValuePair<string, string>> Values)> _rules;

    private NetlifyHeaderRules(IReadOnlyList<(NetlifyPathPattern, IReadOnlyList<KeyValuePair<string, string>>)> rules) => _rules = rules;

    public static NetlifyHeaderRules Load(string netlifyToml)
    {
        var config = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(netlifyToml))!;
        var rules = ((TomlTableArray)config["headers"])
            .Select(rule => (
                new NetlifyPathPattern((string)rule["for"]),
                (IReadOnlyList<KeyValuePair<string, string>>)((TomlTable)rule["values"])
                    .Select(v => KeyValuePair.Create(v.Key, (string)v.Value)).ToList()))
            .ToList();
        return new NetlifyHeaderRules(rules);
    }

    /// <summary>The headers of a path of the site, relative to the site's own root (<c>/cari/</c>, <c>/assets/style.css</c>).</summary>
    public IEnumerable<KeyValuePair<string, string>> For(string sitePath) =>
        _rules.Where(r => r.For.Matches(sitePath)).SelectMany(r => r.Values);

    /// <summary>The value of one header for a path, or null when no rule sets it.</summary>
    public string? Value(string sitePath, string header) =>
        For(sitePath).Where(h => h.Key.Equals(header, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).SingleOrDefault();
}
