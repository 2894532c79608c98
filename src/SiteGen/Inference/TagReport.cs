using System.Collections.Concurrent;

namespace SiteGen.Inference;

/// <summary>
/// What tag inference decided across the archive, kept for people and pages: the other forms each tag was written in
/// (its aliases, which still find it: the tag page names them, so search finds the page), and, when a command asks
/// (<see cref="Site.BuildOptions.ExplainTags"/>), why each article got each tag (<c>sitegen list</c>, <c>sitegen tags</c>).
/// Filled by <see cref="MetadataInference"/>; empty until inference runs.
/// </summary>
public sealed class TagReport
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<TagNote>> _notes = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, IReadOnlyList<string>> _aliases = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Whether per-article notes are kept (they cost memory a plain build does not need).</summary>
    public bool KeepNotes { get; init; }

    /// <summary>The forms other than its name that a tag was written in across the archive, ordinal order; empty when none.</summary>
    public IReadOnlyList<string> AliasesOf(string tag) => _aliases.GetValueOrDefault(tag) ?? [];

    /// <summary>Every inferred tag with its aliases.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases => _aliases;

    /// <summary>Why an article got each of its inferred tags; empty when its tags were declared or notes are not kept.</summary>
    public IReadOnlyList<TagNote> NotesFor(string sourcePath) => _notes.GetValueOrDefault(sourcePath) ?? [];

    internal void SetAliases(IReadOnlyDictionary<string, IReadOnlyList<string>> aliases) => _aliases = aliases;

    internal void SetNotes(string sourcePath, IReadOnlyList<TagNote> notes)
    {
        if (KeepNotes) _notes[sourcePath] = notes;
    }

    /// <summary>Each tag's aliases from the candidates it was chosen from: the forms merged into it and its other spellings.</summary>
    internal static Dictionary<string, IReadOnlyList<string>> CollectAliases(IEnumerable<IReadOnlyList<TagCandidate>> chosen)
    {
        var sets = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var tags in chosen)
        {
            foreach (var c in tags)
            {
                if (c.Forms is not { Count: > 0 } forms) continue;
                if (!sets.TryGetValue(c.Display, out var set)) sets[c.Display] = set = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var f in forms)
                    if (!string.Equals(f, c.Display, StringComparison.OrdinalIgnoreCase)) set.Add(f);
            }
        }
        var result = new Dictionary<string, IReadOnlyList<string>>(sets.Count, StringComparer.Ordinal);
        foreach (var (tag, set) in sets)
            if (set.Count > 0) result[tag] = [.. set];
        return result;
    }
}

/// <summary>Why one article got one tag: where its text names it and which other forms were counted in.</summary>
public sealed record TagNote(string Tag, int Mentions, bool InTitle, bool InLead, IReadOnlyList<string> Forms)
{
    /// <summary>For people: <c>title, lead, 7 mentions; counted in: Kemhan</c>.</summary>
    public string Reason
    {
        get
        {
            var where = new List<string>(3);
            if (InTitle) where.Add("title");
            if (InLead) where.Add("lead");
            where.Add(Mentions == 1 ? "1 mention" : $"{Mentions} mentions");
            var text = string.Join(", ", where);
            return Forms.Count == 0 ? text : $"{text}; counted in: {string.Join(", ", Forms)}";
        }
    }

    internal static TagNote Of(TagCandidate c) =>
        new(c.Display, c.Count, c.InTitle, c.InLead, c.Forms?.Where(f => !string.Equals(f, c.Display, StringComparison.OrdinalIgnoreCase)).ToArray() ?? []);
}
