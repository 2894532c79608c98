using System.Reflection;

namespace SiteGen.Inference;

/// <summary>
/// Words never taken as a tag: the default list shipped in <c>stopwords-id.txt</c> plus the site's own
/// (<c>tags.stopWords</c>). Compared folded (<see cref="TagKeys.Fold"/>), so case and diacritics do not matter.
/// </summary>
public sealed class TagStopWords
{
    private static readonly Lazy<string[]> Defaults = new(LoadDefaults);

    private readonly HashSet<string> _keys;

    public TagStopWords(IEnumerable<string> extra)
    {
        _keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Defaults.Value) _keys.Add(word);
        foreach (var word in extra)
            if (TagKeys.Fold(word) is { Length: > 0 } key) _keys.Add(key);
    }

    /// <summary>The shipped list, folded.</summary>
    public static IReadOnlyList<string> Default => Defaults.Value;

    public bool Contains(string key) => _keys.Contains(key);

    private static string[] LoadDefaults()
    {
        using var stream = typeof(TagStopWords).Assembly.GetManifestResourceStream("SiteGen.Inference.stopwords-id.txt")
            ?? throw new InvalidOperationException("the stop word list is missing from the SiteGen assembly");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var text = line.Trim();
            if (text.Length == 0 || text[0] == '#') continue;
            words.Add(TagKeys.Fold(text));
        }
        return words.ToArray();
    }
}
