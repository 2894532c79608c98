namespace SiteGen.Inference;

/// <summary>Counts one article's keyphrase mentions by key, with the spellings seen, before they become <see cref="TagCandidate"/>s.</summary>
internal sealed class Tally
{
    private sealed class Entry
    {
        public int Count;
        public int FirstWord = int.MaxValue;
        public bool SeenMidSentence;
        public string? FixedDisplay;
        // Most keys have one spelling and no alias: keep the first inline and allocate lists only when needed.
        public string? Spelling;
        public int SpellingCount;
        public List<(string Spelling, int Count)>? OtherSpellings;
        public List<string>? Aliases;

        public void Reset()
        {
            Count = SpellingCount = 0;
            FirstWord = int.MaxValue;
            SeenMidSentence = false;
            FixedDisplay = Spelling = null;
            OtherSpellings?.Clear();
            Aliases?.Clear();
        }
    }

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    // Entries are kept for the next article (one tally serves one thread); _used of them are in _entries.
    private readonly List<Entry> _pool = [];
    private readonly Dictionary<string, string?> _lastWords = new(StringComparer.Ordinal);
    private int _used;

    public void Clear()
    {
        _entries.Clear();
        _used = 0;
    }

    private Entry NewEntry()
    {
        if (_used == _pool.Count) _pool.Add(new Entry());
        var e = _pool[_used++];
        e.Reset();
        return e;
    }

    /// <param name="spelling">The text as written, or null for an alias, whose spelling is not the tag's.</param>
    public void Add(string key, string? spelling, int firstWord, bool sentenceStart, string? alias = null, bool fixedDisplay = false)
    {
        if (!_entries.TryGetValue(key, out var e)) _entries[key] = e = NewEntry();
        e.Count++;
        e.FirstWord = Math.Min(e.FirstWord, firstWord);
        e.SeenMidSentence |= !sentenceStart;
        if (fixedDisplay) e.FixedDisplay = spelling;
        else if (spelling is not null) AddSpelling(e, spelling);
        if (alias is not null && !(e.Aliases ??= []).Contains(alias)) e.Aliases.Add(alias);
    }

    private static void AddSpelling(Entry e, string spelling)
    {
        if (e.Spelling is null || e.Spelling == spelling)
        {
            e.Spelling = spelling;
            e.SpellingCount++;
            return;
        }
        var others = e.OtherSpellings ??= [];
        for (var i = 0; i < others.Count; i++)
        {
            if (others[i].Spelling != spelling) continue;
            others[i] = (spelling, others[i].Count + 1);
            return;
        }
        others.Add((spelling, 1));
    }

    /// <summary>
    /// A one-word key that is the last word of exactly one longer key counts for it: the surname after the full name
    /// (<c>Shoigu</c> after <c>Sergei Shoigu</c>). A word used before the longer name is a name of its own
    /// (<c>Ukraina</c> before <c>Invasi Ukraina</c>). Both kinds of use go to <paramref name="uses"/>.
    /// </summary>
    public void MergeSurnames(List<SurnameUse> uses)
    {
        // Last word → the only key ending in it, or null if several; only words that are keys of their own matter.
        var lastWords = _lastWords;
        lastWords.Clear();
        var byWord = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in _entries.Keys)
        {
            var space = key.LastIndexOf(' ');
            if (space < 0 || !byWord.TryGetValue(key.AsSpan(space + 1), out var last, out _)) continue;
            lastWords[last] = lastWords.ContainsKey(last) ? null : key;
        }
        foreach (var (last, longKey) in lastWords)
        {
            if (longKey is null || !_entries.TryGetValue(last, out var single)) continue;
            var full = _entries[longKey];
            var shortForm = single.FirstWord >= full.FirstWord; // named alone before the full name: a name of its own
            uses.Add(new SurnameUse(last, longKey, shortForm));
            if (!shortForm) continue;
            full.Count += single.Count;
            full.FirstWord = Math.Min(full.FirstWord, single.FirstWord);
            full.SeenMidSentence |= single.SeenMidSentence;
            (full.Aliases ??= []).Add(last);
            _entries.Remove(last);
        }
    }

    /// <param name="excluded">Keys that are no tag in this article (its dateline city, its portal).</param>
    public List<TagCandidate> ToCandidates(string foldedTitle, string[] excluded, TagStopWords stop)
    {
        var list = new List<TagCandidate>(_entries.Count);
        foreach (var (key, e) in _entries)
        {
            if (Array.IndexOf(excluded, key) >= 0 || TagCandidateFinder.IsNoTag(key, stop)) continue;
            var display = e.FixedDisplay ?? MostUsed(e);
            if (display is null) continue; // only ever seen as an alias of a name the text never spelled out
            var inTitle = Contains(foldedTitle, key);
            if (e.Aliases is not null)
                foreach (var alias in e.Aliases) inTitle |= Contains(foldedTitle, alias);
            list.Add(new TagCandidate(key, display, e.Count, e.FirstWord, inTitle, !e.SeenMidSentence, e.FixedDisplay is not null));
        }
        list.Sort((a, b) => a.FirstWord != b.FirstWord ? a.FirstWord.CompareTo(b.FirstWord) : string.CompareOrdinal(a.Key, b.Key));
        return list;
    }

    private static bool Contains(string foldedTitle, string key)
    {
        var at = foldedTitle.IndexOf(key, StringComparison.Ordinal);
        while (at >= 0)
        {
            if (foldedTitle[at - 1] == ' ' && foldedTitle[at + key.Length] == ' ') return true;
            at = foldedTitle.IndexOf(key, at + 1, StringComparison.Ordinal);
        }
        return false;
    }

    /// <summary>The commonest spelling; on a tie, the one seen first.</summary>
    private static string? MostUsed(Entry e)
    {
        var best = e.Spelling;
        var bestCount = e.SpellingCount;
        if (e.OtherSpellings is not null)
            foreach (var (spelling, count) in e.OtherSpellings)
                if (count > bestCount) { best = spelling; bestCount = count; }
        return best;
    }
}
