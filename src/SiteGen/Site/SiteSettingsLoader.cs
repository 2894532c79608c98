using SiteGen.Engine;
using SiteGen.Inference.Sections;
using SiteGen.Language;
using SiteGen.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SiteGen.Site;

/// <summary>Reads <c>input/site.yml</c>. A broken settings file is a configuration error: the build stops before writing.</summary>
public static class SiteSettingsLoader
{
    public const string RelativePath = "input/site.yml";

    public static SiteSettings Load(string root, string? baseUrlOverride)
    {
        var path = Path.Combine(root, "input", "site.yml");
        var settings = new SiteSettings();
        if (File.Exists(path))
        {
            var yaml = File.ReadAllText(path);
            if (!string.IsNullOrWhiteSpace(yaml))
            {
                var stream = new YamlStream();
                try
                {
                    stream.Load(new StringReader(yaml));
                }
                catch (YamlException e)
                {
                    throw new ConfigurationException(Diagnostic.Error(RelativePath, SyntaxProblem(e), SyntaxLine(yaml, e)));
                }
                if (stream.Documents.Count > 0 && SettingsShapeCheck.Check(stream.Documents[0].RootNode, RelativePath) is { } problem)
                    throw new ConfigurationException(problem);

                var deserializer = new DeserializerBuilder()
                    .WithNamingConvention(CamelCaseNamingConvention.Instance)
                    .WithTypeConverter(new TextRepairsYamlConverter())
                    .Build();
                try
                {
                    settings = deserializer.Deserialize<SiteSettings>(yaml) ?? new SiteSettings();
                }
                catch (YamlException e)
                {
                    // The shape check above should have caught it; say where, without YamlDotNet's type names.
                    throw new ConfigurationException(Diagnostic.Error(RelativePath, "has a value SiteGen cannot read here; check the setting on this line", (int)e.Start.Line));
                }
            }
        }

        if (baseUrlOverride is not null) settings = settings with { BaseUrl = baseUrlOverride };
        return Validate(settings);
    }

    private static SiteSettings Validate(SiteSettings s)
    {
        if (!Uri.TryCreate(s.BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new ConfigurationException(Diagnostic.Error(RelativePath, $"baseUrl must be an absolute http(s) URL, not '{s.BaseUrl}'"));
        if (s.PageSize < 1)
            throw new ConfigurationException(Diagnostic.Error(RelativePath, "pageSize must be at least 1"));
        if (s.SummaryLength < 1)
            throw new ConfigurationException(Diagnostic.Error(RelativePath, "summaryLength must be at least 1"));
        if (s.Feeds.Size < 1)
            throw new ConfigurationException(Diagnostic.Error(RelativePath, "feeds.size must be at least 1"));
        if (s.Search.ShardSize < 1)
            throw new ConfigurationException(Diagnostic.Error(RelativePath, $"search.shardSize must be at least 1, not {s.Search.ShardSize}"));
        if (s.Dates.Confidence is < 0 or > 1)
            throw new ConfigurationException(Diagnostic.Error(RelativePath, $"dates.confidence must be between 0 and 1, not {s.Dates.Confidence?.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        if (s.Dates.LearnFrom < 1)
            throw new ConfigurationException(Diagnostic.Error(RelativePath, "dates.learnFrom must be at least 1"));
        ValidateSegments(s);
        ValidateTaxonomies(s);
        ValidateSections(s);
        var baseUrl = s.BaseUrl.EndsWith('/') ? s.BaseUrl : s.BaseUrl + "/";
        // The sections in effect, written out: a site.yml that lists the defaults loads the same as one that says nothing.
        var sections = SiteSections.Of(s.Sections);
        return s with { BaseUrl = baseUrl, Sections = s.Sections with { List = [.. sections.List], Fallback = sections.Fallback } };
    }

    // Segments become folder names in every list URL; anything but a clean slug would break links or escape the folder.
    private static void ValidateSegments(SiteSettings s)
    {
        foreach (var (key, value) in new[] { ("page", s.Segments.Page), ("archive", s.Segments.Archive), ("undated", s.Segments.Undated), ("search", s.Segments.Search) })
            if (Slugs.From(value) != value)
                throw new ConfigurationException(Diagnostic.Error(RelativePath, $"segments.{key} must be a lowercase URL segment such as 'arsip', not '{value}'"));
    }

    // Two taxonomies on one path would write each other's pages; a taxonomy on the archive's path would hide it.
    private static void ValidateTaxonomies(SiteSettings s)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var paths = new HashSet<string>(StringComparer.Ordinal) { s.Segments.Archive, s.Segments.Page, s.Segments.Search };
        foreach (var t in s.Taxonomies)
        {
            if (t.Field is not ("tags" or "section" or "city" or "editor"))
                throw new ConfigurationException(Diagnostic.Error(RelativePath, $"taxonomy '{t.Name}' has field '{t.Field}'; use tags, section, city or editor"));
            if (t.Name.Length == 0 || !names.Add(t.Name))
                throw new ConfigurationException(Diagnostic.Error(RelativePath, $"every taxonomy needs its own name; '{t.Name}' is empty or used twice"));
            if (Slugs.From(t.Path) != t.Path)
                throw new ConfigurationException(Diagnostic.Error(RelativePath, $"taxonomy '{t.Name}' has path '{t.Path}'; use a lowercase URL segment such as 'tag'"));
            if (!paths.Add(t.Path))
                throw new ConfigurationException(Diagnostic.Error(RelativePath, $"taxonomy '{t.Name}' has path '{t.Path}', which another taxonomy or a segment already uses"));
            if (t.PageSize is < 1)
                throw new ConfigurationException(Diagnostic.Error(RelativePath, $"taxonomy '{t.Name}' has pageSize {t.PageSize}; it must be at least 1"));
            if (t.Popular < 0)
                throw new ConfigurationException(Diagnostic.Error(RelativePath, $"taxonomy '{t.Name}' has popular {t.Popular}; it must be 0 or more"));
        }
    }

    /// <summary>
    /// The line to fix. An unclosed [list] or {group} is found only where the file ends; the line that opened it is the
    /// last one before that with more openers than closers.
    /// </summary>
    private static int SyntaxLine(string yaml, YamlException e)
    {
        var reported = (int)e.Start.Line;
        var (open, close) = e.Message.Contains("flow sequence", StringComparison.Ordinal) ? ('[', ']')
            : e.Message.Contains("flow mapping", StringComparison.Ordinal) ? ('{', '}') : ('\0', '\0');
        if (open == '\0') return reported;
        var lines = yaml.Split('\n');
        for (var i = Math.Min(reported, lines.Length) - 1; i >= 0; i--)
            if (lines[i].Count(c => c == open) > lines[i].Count(c => c == close)) return i + 1;
        return reported;
    }

    /// <summary>
    /// A YAML syntax error in plain words. YamlDotNet's message starts with the position, which the diagnostic already
    /// gives as the line, and speaks of the parser's states; the common mistakes get a sentence of their own.
    /// </summary>
    private static string SyntaxProblem(YamlException e)
    {
        var message = e.Message;
        var dash = message.IndexOf(") - ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && dash > 0) message = message[(dash + 4)..];
        var dash2 = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && dash2 > 0) message = message[(dash2 + 3)..];
        if (message.Contains("flow sequence", StringComparison.Ordinal))
            return "is not valid YAML: a list in [brackets] is not closed with ']' (to write text that starts with '[', put it in quotes)";
        if (message.Contains("flow mapping", StringComparison.Ordinal))
            return "is not valid YAML: a group in {braces} is not closed with '}' (to write text that starts with '{', put it in quotes)";
        if (message.Contains("mapping values are not allowed", StringComparison.Ordinal) || message.Contains("invalid mapping", StringComparison.Ordinal))
            return "is not valid YAML: a ': ' inside a value, or a line indented like a new setting (put a value that contains ': ' in quotes)";
        if (message.Contains("did not find expected key", StringComparison.Ordinal) || message.Contains("block mapping", StringComparison.Ordinal))
            return "is not valid YAML: this line is not indented like the lines around it";
        return $"is not valid YAML: {message.TrimEnd('.')}";
    }

    // A section's slug is the folder of its rubrik page; two sections on one folder would write each other's pages.
    private static void ValidateSections(SiteSettings s)
    {
        if (s.Sections.HomeItems < 0)
            throw new ConfigurationException(Diagnostic.Error(RelativePath, $"sections.homeItems is {s.Sections.HomeItems}; it must be 0 (no blocks) or more"));
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in s.Sections.List ?? [])
        {
            if (string.IsNullOrWhiteSpace(section.Name))
                throw new ConfigurationException(Diagnostic.Error(RelativePath, "every entry of sections.list needs a name"));
            var slug = section.Slug is { Length: > 0 } given ? given : Slugs.From(section.Name);
            if (Slugs.From(slug) != slug || slug.Length == 0)
                throw new ConfigurationException(Diagnostic.Error(RelativePath, $"section '{section.Name}' has slug '{slug}'; use a lowercase URL segment such as 'gaya-hidup'"));
            if (!slugs.Add(slug))
                throw new ConfigurationException(Diagnostic.Error(RelativePath, $"section '{section.Name}' has slug '{slug}', which another section already uses"));
        }
    }
}
