using System.Reflection;

namespace SiteGen.Inference;

/// <summary>
/// What every Indonesian reader knows and an archive may never spell out, shipped in <c>known-names-id.txt</c>:
/// the words that name a kind of place or body before a name (<c>Kota</c>, <c>Partai</c>) and the best-known
/// abbreviations and nicknames (<c>KPK</c>, <c>Jokowi</c>). Folded once; the archive's own definitions and the site's
/// aliases come first.
/// </summary>
public static class KnownNames
{
    private static readonly Lazy<(HashSet<string> Kinds, HashSet<string> Parts, HashSet<string> Labels, IReadOnlyList<AbbreviationDefinition> Aliases)> Loaded = new(Load);

    /// <summary>Folded kind words: <c>kota</c>, <c>kabupaten</c>, <c>partai</c>.</summary>
    public static IReadOnlySet<string> Kinds => Loaded.Value.Kinds;

    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> KindSpans = new(() => Loaded.Value.Kinds.GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>The kind words, looked up by a stretch of a key without making a string of it.</summary>
    public static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KindLookup => KindSpans.Value;

    /// <summary>Folded words that only ever are part of a name: <c>barat</c>, <c>kementerian</c>.</summary>
    public static IReadOnlySet<string> Parts => Loaded.Value.Parts;

    /// <summary>Folded words that label a group or class with a letter or number after them: <c>grup</c> (<c>Grup G</c>).</summary>
    public static IReadOnlySet<string> Labels => Loaded.Value.Labels;

    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> LabelSpans = new(() => Loaded.Value.Labels.GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>The label words, looked up by a stretch of a key without making a string of it.</summary>
    public static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LabelLookup => LabelSpans.Value;

    /// <summary>The shipped abbreviations and nicknames, as if an article had defined each.</summary>
    public static IReadOnlyList<AbbreviationDefinition> Aliases => Loaded.Value.Aliases;

    private static (HashSet<string>, HashSet<string>, HashSet<string>, IReadOnlyList<AbbreviationDefinition>) Load()
    {
        using var stream = typeof(KnownNames).Assembly.GetManifestResourceStream("SiteGen.Inference.known-names-id.txt")
            ?? throw new InvalidOperationException("the list of known names is missing from the SiteGen assembly");
        using var reader = new StreamReader(stream);
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        var parts = new HashSet<string>(StringComparer.Ordinal);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var aliases = new List<AbbreviationDefinition>();
        while (reader.ReadLine() is { } line)
        {
            var text = line.Trim();
            if (text.Length == 0 || text[0] == '#') continue;
            if (text.StartsWith("kind:", StringComparison.Ordinal))
            {
                kinds.Add(TagKeys.Fold(text["kind:".Length..].Trim()));
                continue;
            }
            if (text.StartsWith("part:", StringComparison.Ordinal))
            {
                parts.Add(TagKeys.Fold(text["part:".Length..].Trim()));
                continue;
            }
            if (text.StartsWith("label:", StringComparison.Ordinal))
            {
                labels.Add(TagKeys.Fold(text["label:".Length..].Trim()));
                continue;
            }
            var equals = text.IndexOf('=');
            if (equals <= 0) throw new InvalidOperationException($"known-names-id.txt: '{text}' is neither 'kind: WORD', 'part: WORD', 'label: WORD' nor 'SHORT = LONG'");
            var shortForm = text[..equals].Trim();
            aliases.Add(new AbbreviationDefinition(TagKeys.Fold(shortForm), shortForm, TagKeys.Fold(text[(equals + 1)..].Trim())));
        }
        return (kinds, parts, labels, aliases);
    }
}
