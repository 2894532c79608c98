using SiteGen.Engine;
using SiteGen.Language;
using SiteGen.Model;
using YamlDotNet.Core;
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
                var deserializer = new DeserializerBuilder()
                    .WithNamingConvention(CamelCaseNamingConvention.Instance)
                    .Build();
                try
                {
                    settings = deserializer.Deserialize<SiteSettings>(yaml) ?? new SiteSettings();
                }
                catch (YamlException e)
                {
                    throw new ConfigurationException(Diagnostic.Error(RelativePath, $"is not valid: {Flatten(e)}", (int)e.Start.Line));
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
        var baseUrl = s.BaseUrl.EndsWith('/') ? s.BaseUrl : s.BaseUrl + "/";
        return s with { BaseUrl = baseUrl };
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

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : $"{e.Message} {Flatten(e.InnerException)}";
}
