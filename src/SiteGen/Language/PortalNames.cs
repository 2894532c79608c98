using System.Reflection;
using System.Text.RegularExpressions;

namespace SiteGen.Language;

/// <summary>
/// The names a news portal or agency signs with: the shipped list (<c>portals-id.txt</c>) plus the site's own, and any
/// name shaped like one: a web address (<c>Gatra.com</c>, <c>TEMPO.CO</c>, <c>REPUBLIKA.CO.ID</c>) or a mixed-case brand
/// (<c>detikNews</c>, <c>iNews</c>, <c>SINDOnews</c>), which no town is written as. Compared by <see cref="Stem"/>, so
/// <c>KOMPAS.com</c>, <c>Kompas.com</c> and <c>Kompas</c> are one portal.
/// </summary>
public sealed partial class PortalNames
{
    private static readonly Lazy<PortalNames> Shipped = new(() => new PortalNames(LoadDefaults()));

    private readonly HashSet<string> _stems = new(StringComparer.Ordinal);

    public PortalNames(IEnumerable<string> names)
    {
        foreach (var name in names)
            if (Stem(name) is { Length: > 0 } stem) _stems.Add(stem);
    }

    /// <summary>The shipped list alone.</summary>
    public static PortalNames Default => Shipped.Value;

    /// <summary>The shipped list and <paramref name="extra"/> names (a site's <c>dates.portals</c>).</summary>
    public static PortalNames With(IEnumerable<string> extra) => extra.Any() ? new PortalNames(LoadDefaults().Concat(extra)) : Default;

    /// <summary>True when <paramref name="name"/> is a listed portal or has a portal's shape.</summary>
    public bool IsPortal(string name) => IsListed(name) || LooksLikePortal(name);

    public bool IsListed(string name) => Stem(name) is { Length: > 0 } stem && _stems.Contains(stem);

    /// <summary>A web address or a brand in mixed case: <c>Liputan6.com</c>, <c>TEMPO.CO</c>, <c>detikNews</c>, <c>iNews.id</c>.</summary>
    public static bool LooksLikePortal(string name) => WebAddress().IsMatch(name) || MixedCaseBrand().IsMatch(name);

    /// <summary>
    /// The name folded for comparison: lowercase, without a web-address ending or spaces:
    /// <c>KOMPAS.com</c> and <c>Kompas</c> give <c>kompas</c>, <c>CNN Indonesia</c> gives <c>cnnindonesia</c>.
    /// </summary>
    public static string Stem(string name)
    {
        var text = name.Trim();
        var m = WebEnding().Match(text);
        if (m.Success && m.Index > 0) text = text[..m.Index];
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 64)];
        var n = 0;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c)) continue;
            if (n == buffer.Length) break;
            buffer[n++] = char.ToLowerInvariant(c);
        }
        return new string(buffer[..n]);
    }

    /// <summary>
    /// The portal a text says its reporter spoke to or heard from (<c>saat dihubungi Tempo</c>, <c>kata dia kepada
    /// SINDOnews</c>, <c>keterangan yang diterima Okezone</c>): the article's own portal when no dateline names it. The
    /// first such portal, or null.
    /// </summary>
    public string? NamedAsInterviewer(IReadOnlyList<string> paragraphs)
    {
        foreach (var paragraph in paragraphs)
            foreach (Match m in Interviewer().Matches(paragraph))
            {
                var name = m.Groups["name"].Value;
                var glued = GluedSentence().Match(name); // "SINDOnews.Dikatakan": a scraper dropped the space after a full stop
                if (glued.Success) name = name[..glued.Index];
                name = name.TrimEnd('.');
                if (IsPortal(name)) return name;
                // "kepada CNN Indonesia di Jakarta": a listed name of two words.
                if (m.Groups["next"].Success && IsListed(name + " " + m.Groups["next"].Value)) return name + " " + m.Groups["next"].Value;
            }
        return null;
    }

    private static string[] LoadDefaults()
    {
        using var stream = typeof(PortalNames).Assembly.GetManifestResourceStream("SiteGen.Language.portals-id.txt")
            ?? throw new InvalidOperationException("the portal list is missing from the SiteGen assembly");
        using var reader = new StreamReader(stream);
        var names = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var text = line.Trim();
            if (text.Length > 0 && text[0] != '#') names.Add(text);
        }
        return names.ToArray();
    }

    // "kepada Okezone", "saat dihubungi Tempo", "yang diterima SINDOnews", "wawancara dengan detikcom"
    [GeneratedRegex(@"\b(?:kepada|dihubungi|ditemui|diterima|dikonfirmasi|diwawancarai|menghubungi|wawancara\s+dengan|berbincang\s+dengan)\s+(?<name>[\p{L}0-9][\p{L}0-9.]*)(?:\s+(?<next>\p{Lu}\p{L}*))?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Interviewer();

    [GeneratedRegex(@"\.\p{Lu}\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex GluedSentence();

    // "Gatra.com", "TEMPO.CO", "REPUBLIKA.CO.ID", "iNews.id", "Medcom.id", "Viva.co.id": a name and a top-level domain.
    [GeneratedRegex(@"^[\p{L}0-9][\p{L}0-9-]*(?:\.[\p{L}0-9-]+)*\.(?i:com|co|id|net|org|tv|news|info|co\.id|or\.id|go\.id|web\.id|my\.id)$", RegexOptions.CultureInvariant)]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"\.(?i:com|co|id|net|org|tv|news|info)(?:\.(?i:id))?$", RegexOptions.CultureInvariant)]
    private static partial Regex WebEnding();

    // A lowercase letter followed by a capital inside one word ("detikNews", "iNews"), or capitals then lowercase
    // ("SINDOnews"): brands write themselves so, towns never do.
    [GeneratedRegex(@"^(?:\p{Ll}+\p{Lu}[\p{L}0-9]*|\p{Lu}{2,}\p{Ll}+[\p{L}0-9]*)(?:\.[\p{L}]{2,})*$", RegexOptions.CultureInvariant)]
    private static partial Regex MixedCaseBrand();
}
