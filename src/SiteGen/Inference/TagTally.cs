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
        public List<string>? Forms;
        public string? AliasSpelling;
        public int AliasMentions;

        public void Reset()
        {
            Count = SpellingCount = 0;
            FirstWord = int.MaxValue;
            SeenMidSentence = false;
            FixedDisplay = Spelling = null;
            OtherSpellings?.Clear();
            Aliases?.Clear();
            Forms?.Clear();
            AliasSpelling = null;
            AliasMentions = 0;
        }
    }

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    // Entries are kept for the next article (one tally serves one thread); _used of them are in _entries.
    private readonly List<Entry> _pool = [];
    private readonly Dictionary<string, string?> _lastWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _partOf = new(StringComparer.Ordinal);
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
    /// <param name="aliasSpelling">The alias as written, shown by <c>sitegen list</c> as a form counted in.</param>
    /// <param name="votes">Whether the alias may become the form shown (an abbreviation may, a nickname never does).</param>
    public void Add(string key, string? spelling, int firstWord, bool sentenceStart, string? alias = null, bool fixedDisplay = false, string? aliasSpelling = null, bool votes = true)
    {
        if (!_entries.TryGetValue(key, out var e)) _entries[key] = e = NewEntry();
        e.Count++;
        e.FirstWord = Math.Min(e.FirstWord, firstWord);
        e.SeenMidSentence |= !sentenceStart;
        if (fixedDisplay) e.FixedDisplay = spelling;
        else if (spelling is not null) AddSpelling(e, spelling);
        if (alias is not null && !(e.Aliases ??= []).Contains(alias)) e.Aliases.Add(alias);
        if (aliasSpelling is not null && !votes) AddForm(e, aliasSpelling);
        else if (aliasSpelling is not null)
        {
            AddForm(e, aliasSpelling);
            e.AliasSpelling ??= aliasSpelling;
            e.AliasMentions++;
        }
    }

    private static void AddForm(Entry e, string form)
    {
        if (!(e.Forms ??= []).Contains(form)) e.Forms.Add(form);
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
    /// <param name="foldedTitle">The title, folded and padded with spaces: a full name it gives introduces the person
    /// however the body starts (<c>Mulan mengaku …</c> under <c>… Mulan Jameela Nikmati Nasi Bungkus</c>).</param>
    public void MergeSurnames(List<NamePartUse> uses, string foldedTitle)
    {
        // Last word → the only key ending in it, or null if several; only words that are keys of their own matter.
        var lastWords = _lastWords;
        lastWords.Clear();
        var byWord = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in _entries.Keys)
        {
            var space = key.LastIndexOf(' ');
            if (space < 0 || !byWord.TryGetValue(key.AsSpan(space + 1), out var last, out _)) continue;
            lastWords[last] = !lastWords.TryGetValue(last, out var other) ? key : SamePerson(other, key);
        }
        foreach (var (last, longKey) in lastWords)
        {
            if (longKey is null || !_entries.TryGetValue(last, out var single)) continue;
            var full = _entries[longKey];
            var shortForm = single.FirstWord >= full.FirstWord; // named alone before the full name: a name of its own
            uses.Add(new NamePartUse(last, longKey, shortForm, IsLastWord: true));
            if (!shortForm) continue;
            full.Count += single.Count;
            full.FirstWord = Math.Min(full.FirstWord, single.FirstWord);
            full.SeenMidSentence |= single.SeenMidSentence;
            (full.Aliases ??= []).Add(last);
            AddForm(full, MostUsed(single) ?? last);
            _entries.Remove(last);
        }
        RecordOtherParts(uses, foldedTitle);
    }

    /// <summary>
    /// The other parts of a longer name (first or middle words, or its first words: <c>Imam</c>, <c>Sigit</c>,
    /// <c>Dewan Pengawas</c>) stay apart here: whether <c>Imam</c> means <c>Imam Nahrawi</c> or is a name of its own
    /// depends on how the whole archive uses it (<see cref="CorpusAliases"/>). They are recorded for it.
    /// </summary>
    private void RecordOtherParts(List<NamePartUse> uses, string foldedTitle)
    {
        var partOf = _partOf;
        partOf.Clear();
        var byPart = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in _entries.Keys)
        {
            var lastSpace = key.LastIndexOf(' ');
            if (lastSpace < 0) continue;
            // Every stretch of whole words that starts before the last word: "a", "a b", "b" of "a b c".
            for (var start = 0; start < lastSpace; start = key.IndexOf(' ', start) + 1)
            {
                for (var end = key.IndexOf(' ', start); end > 0 && end <= lastSpace; end = end == lastSpace ? -1 : key.IndexOf(' ', end + 1))
                {
                    if (!byPart.TryGetValue(key.AsSpan(start, end - start), out var part, out _)) continue;
                    partOf[part] = !partOf.TryGetValue(part, out var other) || other == key ? key : Shorter(other, key);
                }
            }
        }
        foreach (var (part, longKey) in partOf)
        {
            if (longKey is null) continue;
            var afterFullName = _entries[part].FirstWord >= _entries[longKey].FirstWord;
            // A first name under a headline that gives the full name: the body may open with the first name alone.
            var firstNameUnderTitle = longKey.StartsWith(part, StringComparison.Ordinal) && longKey[part.Length] == ' ' && Contains(foldedTitle, longKey);
            uses.Add(new NamePartUse(part, longKey, afterFullName || firstNameUnderTitle));
        }
    }

    /// <summary>
    /// Two names ending in one surname and starting with one given name are one person written with and without a
    /// middle name (<c>Melchias Mekeng</c>, <c>Melchias Markus Mekeng</c>): the surname counts for the longer. Null
    /// for two people (<c>Basuki Hadimuljono</c>, <c>Hadi Hadimuljono</c>).
    /// </summary>
    private static string? SamePerson(string? a, string b)
    {
        if (a is null) return null;
        var firstA = a.AsSpan(0, a.IndexOf(' '));
        var firstB = b.AsSpan(0, b.IndexOf(' '));
        if (!firstA.SequenceEqual(firstB)) return null;
        return b.Length > a.Length ? b : a;
    }

    /// <summary>
    /// Of two longer names a part is in, the one the other is built on (<c>Lola Amaria</c>, not <c>Lola Amaria
    /// Production</c>, for <c>Lola</c>); null when neither starts the other: the part names nobody in particular.
    /// </summary>
    private static string? Shorter(string? a, string b)
    {
        if (a is null) return null;
        if (b.Length > a.Length && b.StartsWith(a, StringComparison.Ordinal) && b[a.Length] == ' ') return a;
        if (a.Length > b.Length && a.StartsWith(b, StringComparison.Ordinal) && a[b.Length] == ' ') return b;
        return null;
    }

    /// <param name="excluded">Keys that are no tag in this article (its dateline city, its portal).</param>
    /// <param name="leadEnd">Where the first paragraph ends: a first mention before it is in the lead.</param>
    /// <param name="writtenSmall">Whether the article writes a spelling in lowercase too.</param>
    public List<TagCandidate> ToCandidates(string foldedTitle, string[] excluded, TagStopWords stop, int leadEnd, Func<string, bool> writtenSmall)
    {
        var list = new List<TagCandidate>(_entries.Count);
        foreach (var (key, e) in _entries)
        {
            if (Array.IndexOf(excluded, key) >= 0 || TagCandidateFinder.IsNoTag(key, stop)) continue;
            var display = e.FixedDisplay ?? MostUsed(e);
            if (display is null) continue; // only ever seen as an alias of a name the text never spelled out
            // The title names the key itself (where: a headline puts its subject first), or only an alias of it.
            var titleAt = TitleAt(foldedTitle, key);
            var inTitle = titleAt >= 0;
            if (!inTitle && e.Aliases is not null)
                foreach (var alias in e.Aliases) inTitle |= Contains(foldedTitle, alias);
            // Only a name that may be a tag (TagRanking.Central) is searched for in lowercase; the archive counts those alone.
            var inLead = e.FirstWord < leadEnd;
            var mayBeTag = TagRanking.MayBeCentral(e.Count, inTitle, inLead);
            // The article's vote for the form shown: the abbreviation when it writes that more often than the name.
            var shortForm = e.FixedDisplay is null && e.AliasSpelling is not null && e.AliasMentions > e.Count - e.AliasMentions ? e.AliasSpelling : null;
            list.Add(new TagCandidate(key, display, e.Count, e.FirstWord, inTitle, !e.SeenMidSentence, e.FixedDisplay is not null,
                inLead, mayBeTag && writtenSmall(display), e.Forms is { Count: > 0 } forms ? [.. forms] : null, shortForm, titleAt));
        }
        list.Sort((a, b) => a.FirstWord != b.FirstWord ? a.FirstWord.CompareTo(b.FirstWord) : string.CompareOrdinal(a.Key, b.Key));
        return list;
    }

    /// <summary>
    /// Whether the title names the key as whole words. Titles put a colon or comma straight after a name
    /// (<c>Sri Mulyani: Kita Pelajari</c>, <c>Della/Rizki Juara</c>), so any mark that is no letter or digit bounds it.
    /// </summary>
    private static bool Contains(string foldedTitle, string key) => TitleAt(foldedTitle, key) >= 0;

    /// <summary>Where the title first names the key as whole words, or -1.</summary>
    private static int TitleAt(string foldedTitle, string key)
    {
        var at = foldedTitle.IndexOf(key, StringComparison.Ordinal);
        while (at >= 0)
        {
            if (!char.IsLetterOrDigit(foldedTitle[at - 1]) && !char.IsLetterOrDigit(foldedTitle[at + key.Length])) return at;
            at = foldedTitle.IndexOf(key, at + 1, StringComparison.Ordinal);
        }
        return -1;
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
