using System.Reflection;

namespace SiteGen.Inference.Sections;

/// <summary>
/// The hand-made part of what the classifier knows (<c>sections-id.txt</c>, embedded): the default sections, the seed
/// words each starts from, and the words never counted (portals' names).
/// </summary>
/// <param name="Fallback">The section of articles the classifier has nothing to go on for.</param>
public sealed record SectionLexicon(IReadOnlyList<SectionLexicon.Entry> Sections, SectionLexicon.Entry? Fallback, IReadOnlySet<string> Ignored)
{
    /// <summary>A default section: its slug, its name as readers see it and its seed words.</summary>
    public sealed record Entry(string Slug, string Name, IReadOnlyList<string> Words);

    private const string ResourceName = "SiteGen.Inference.Sections.sections-id.txt";
    private static readonly Lazy<SectionLexicon> Embedded = new(() =>
    {
        using var stream = typeof(SectionLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    });

    public static SectionLexicon Default => Embedded.Value;

    /// <summary>The seed words of the default section with this slug, or none.</summary>
    public IReadOnlyList<string> WordsOf(string slug)
    {
        foreach (var e in Sections) if (e.Slug == slug) return e.Words;
        return [];
    }

    public static SectionLexicon Parse(TextReader reader)
    {
        var sections = new List<Entry>();
        Entry? fallback = null;
        var ignored = new HashSet<string>(StringComparer.Ordinal);
        string? slug = null, name = null;
        var words = new List<string>();
        void Close()
        {
            if (slug is null) return;
            if (slug == "-") ignored.UnionWith(words);
            else if (slug.StartsWith('?')) fallback = new Entry(slug[1..], name!, []);
            else sections.Add(new Entry(slug, name!, [.. words]));
            words.Clear();
        }
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var text = line.Trim();
            if (text.Length == 0 || text[0] == '#') continue;
            if (text[0] == '[')
            {
                Close();
                var end = text.IndexOf(']');
                slug = text[1..end].Trim();
                name = text[(end + 1)..].Trim();
                continue;
            }
            foreach (var w in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (!words.Contains(w)) words.Add(w);
        }
        Close();
        return new SectionLexicon(sections, fallback, ignored);
    }
}
