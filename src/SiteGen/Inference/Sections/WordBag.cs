namespace SiteGen.Inference.Sections;

/// <summary>
/// The words of one article as the section classifier counts them: each distinct word once, in ordinal order, with
/// how often the title and body use it. Ordinal order makes every sum over the bag run in the same order on every
/// machine, whatever order the text had.
/// </summary>
public sealed record WordBag(IReadOnlyList<string> Words, IReadOnlyList<int> Counts)
{
    public static readonly WordBag Empty = new([], []);

    public int Count => Words.Count;

    /// <summary>The bag of a word-to-count table, sorted ordinally.</summary>
    public static WordBag From(IReadOnlyDictionary<string, int> counts)
    {
        if (counts.Count == 0) return Empty;
        var words = new string[counts.Count];
        var i = 0;
        foreach (var word in counts.Keys) words[i++] = word;
        Array.Sort(words, StringComparer.Ordinal);
        var numbers = new int[words.Length];
        for (i = 0; i < words.Length; i++) numbers[i] = counts[words[i]];
        return new WordBag(words, numbers);
    }
}
