using SiteGen.Model;

namespace SiteGen.Inference;

/// <summary>What the site's settings add to tag finding: stop words and aliases (<c>Korut: Korea Utara</c>), folded once.</summary>
public sealed class TagLexicon
{
    private readonly Dictionary<string, (string Key, string Display)> _aliases = new(StringComparer.Ordinal);

    public TagLexicon(TagSettings settings)
    {
        StopWords = new TagStopWords(settings.StopWords);
        foreach (var (alias, canonical) in settings.Aliases)
        {
            var from = TagKeys.Fold(alias);
            var to = TagKeys.Fold(canonical);
            if (from.Length > 0 && to.Length > 0 && from != to) _aliases[from] = (to, canonical.Trim());
        }
    }

    public TagStopWords StopWords { get; }

    /// <summary>The canonical key and spelling a site-wide alias stands for.</summary>
    public bool TryGetAlias(string key, out (string Key, string Display) canonical) => _aliases.TryGetValue(key, out canonical);
}
