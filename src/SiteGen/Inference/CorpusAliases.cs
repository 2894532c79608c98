namespace SiteGen.Inference;

/// <summary>
/// Aliases learnt from the whole archive, so that a short form counts for its long form in articles that never spell
/// the long form out: <c>KPK</c> for <c>Komisi Pemberantasan Korupsi</c>, <c>Trump</c> for <c>Donald Trump</c>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>An abbreviation any article defines (<c>Komisi Pemberantasan Korupsi (KPK)</c>) means its long form everywhere,
/// written as defined (<c>AS</c>, not <c>As</c>). When two articles mean different things by it it stays with each
/// defining article only; a typo or an extra leading word in one long form is not a second meaning
/// (<see cref="TagKeys.SameName"/>).</item>
/// <item>A one-word name means the one longer name ending in it that articles use it as the short form of
/// (<c>Sergei Shoigu … Shoigu</c>) in at least <see cref="MinShortFormUses"/> of them. A word stands for itself when it
/// is the short form of two names (<c>Habibie</c>: <c>BJ Habibie</c>, <c>Akbar Habibie</c>), when it is named alone
/// before the full name as often as after it, or when more articles name it alone than name the full name (a name of
/// its own: <c>Kalimantan</c>, not <c>Pulau Kalimantan</c>).</item>
/// <item>Only where the article itself says nothing: an article that defines the abbreviation, or names a longer name
/// ending in the word, has already decided. The site's aliases win over both.</item>
/// </list>
/// Everything is counted as sets and totals over all articles, so the result does not depend on their order or on
/// thread timing.
/// </remarks>
public sealed class CorpusAliases
{
    public const int MinShortFormUses = 2;

    private readonly Dictionary<string, string> _abbreviations = new(StringComparer.Ordinal); // abbreviation key → long form key
    private readonly Dictionary<string, HashSet<string>> _abbreviationSpellings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _surnames = new(StringComparer.Ordinal); // word → full name key
    private readonly TagLexicon _lexicon;

    private CorpusAliases(TagLexicon lexicon) => _lexicon = lexicon;

    public IReadOnlyDictionary<string, string> Abbreviations => _abbreviations;
    public IReadOnlyDictionary<string, string> Surnames => _surnames;

    public static CorpusAliases Learn(IReadOnlyList<TagFindings> articles, TagLexicon lexicon)
    {
        var aliases = new CorpusAliases(lexicon);
        aliases.LearnAbbreviations(articles);
        aliases.LearnSurnames(articles);
        return aliases;
    }

    private void LearnAbbreviations(IReadOnlyList<TagFindings> articles)
    {
        var longForms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal); // abbreviation → long form → articles
        foreach (var article in articles)
        {
            foreach (var d in article.Abbreviations)
            {
                if (_lexicon.TryGetAlias(d.Abbreviation, out _)) continue; // the site's alias wins
                if (!longForms.TryGetValue(d.Abbreviation, out var forms)) longForms[d.Abbreviation] = forms = new Dictionary<string, int>(StringComparer.Ordinal);
                forms[d.LongForm] = forms.GetValueOrDefault(d.LongForm) + 1;
                if (!_abbreviationSpellings.TryGetValue(d.Abbreviation, out var spellings))
                    _abbreviationSpellings[d.Abbreviation] = spellings = new HashSet<string>(StringComparer.Ordinal);
                spellings.Add(d.Spelling);
            }
        }
        foreach (var (abbreviation, forms) in longForms)
            if (OneMeaning(forms) is { } longForm) _abbreviations[abbreviation] = longForm;
    }

    /// <summary>
    /// The long form most articles write, when all the others are the same name: a typo of it
    /// (<c>Komisi Pemberatansan Korupsi</c>) or it with a word before it that the abbreviation also fits
    /// (<c>Kabupaten Kotawaringin Barat</c> for <c>Kobar</c>). Null when two articles mean different things
    /// (<c>PKS</c>: <c>Partai Keadilan Sejahtera</c>, <c>Penghapusan Kekerasan Seksual</c>).
    /// </summary>
    private static string? OneMeaning(Dictionary<string, int> forms)
    {
        string? main = null;
        foreach (var (form, count) in forms)
            if (main is null || count > forms[main] || (count == forms[main] && string.CompareOrdinal(form, main) < 0)) main = form;
        foreach (var form in forms.Keys)
            if (form != main && !TagKeys.SameName(form, main!)) return null;
        return main;
    }

    private void LearnSurnames(IReadOnlyList<TagFindings> articles)
    {
        var shortForm = new Dictionary<(string Word, string Full), int>();
        var ownName = new Dictionary<(string Word, string Full), int>();
        foreach (var article in articles)
        {
            foreach (var use in article.Surnames)
            {
                var uses = use.AsShortForm ? shortForm : ownName;
                uses[(use.Surname, use.FullName)] = uses.GetValueOrDefault((use.Surname, use.FullName)) + 1;
            }
        }

        var fullNames = new Dictionary<string, List<(string Full, int Uses)>>(StringComparer.Ordinal);
        foreach (var ((word, full), uses) in shortForm)
        {
            if (!fullNames.TryGetValue(word, out var list)) fullNames[word] = list = [];
            list.Add((full, uses));
        }
        if (fullNames.Count == 0) return;

        var unambiguous = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (word, names) in fullNames)
        {
            if (names.Count != 1) continue; // the short form of two names: ambiguous
            var (full, uses) = names[0];
            if (uses < MinShortFormUses || ownName.GetValueOrDefault((word, full)) >= uses || _lexicon.TryGetAlias(word, out _)) continue;
            unambiguous[word] = full;
        }
        if (unambiguous.Count == 0) return;

        // A person is introduced by the full name; a word more articles write alone than the full name is a name of its
        // own (Kalimantan, not Pulau Kalimantan).
        var articlesNaming = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, full) in unambiguous) articlesNaming[word] = articlesNaming[full] = 0;
        foreach (var article in articles)
            foreach (var c in article.Candidates)
                if (articlesNaming.TryGetValue(c.Key, out var n)) articlesNaming[c.Key] = n + 1;
        foreach (var (word, full) in unambiguous)
            if (articlesNaming[word] <= articlesNaming[full]) _surnames[word] = full;
    }

    /// <summary>The article's candidates with the archive's aliases counted into their long forms.</summary>
    /// <param name="spellings">How the archive spells a long form the article never writes.</param>
    public IReadOnlyList<TagCandidate> Apply(TagFindings article, TagSpellings spellings)
    {
        if (_abbreviations.Count == 0 && _surnames.Count == 0) return article.Candidates;

        HashSet<string>? lastWords = null; // of the article's own longer names: there it has decided for itself
        var candidates = article.Candidates;
        TagCandidate[]? moved = null; // most articles have nothing to move: no copy for them
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (Target(c, article, ref lastWords) is not { } target || Resolve(target, article, spellings) is not { } canonical) continue;
            moved ??= new TagCandidate[candidates.Count];
            moved[i] = c with { Key = canonical.Key, Display = canonical.Display, DisplayFixed = canonical.Fixed, OnlyAtSentenceStart = false };
        }
        if (moved is null) return candidates;

        var merged = new Dictionary<string, TagCandidate>(candidates.Count, StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = moved[i] ?? candidates[i];
            merged[c.Key] = merged.TryGetValue(c.Key, out var existing) ? Combine(existing, c) : c;
        }
        var list = merged.Values.ToList();
        list.Sort((a, b) => a.FirstWord != b.FirstWord ? a.FirstWord.CompareTo(b.FirstWord) : string.CompareOrdinal(a.Key, b.Key));
        return list;
    }

    private string? Target(TagCandidate c, TagFindings article, ref HashSet<string>? lastWords)
    {
        if (_abbreviations.TryGetValue(c.Key, out var longForm)
            && _abbreviationSpellings[c.Key].Contains(c.Display)
            && !DefinesItself(article, c.Key))
            return longForm;

        if (c.Key.Contains(' ') || !_surnames.TryGetValue(c.Key, out var full)) return null;
        lastWords ??= LastWords(article.Candidates);
        return lastWords.Contains(c.Key) ? null : full;
    }

    private static bool DefinesItself(TagFindings article, string abbreviation)
    {
        foreach (var d in article.Abbreviations) if (d.Abbreviation == abbreviation) return true;
        return false;
    }

    private static HashSet<string> LastWords(IReadOnlyList<TagCandidate> candidates)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
            if (c.Key.LastIndexOf(' ') is var space and >= 0) words.Add(c.Key[(space + 1)..]);
        return words;
    }

    /// <summary>The key and display a long form is tagged as: the site's alias when it has one, else the archive's spelling.</summary>
    private (string Key, string Display, bool Fixed)? Resolve(string key, TagFindings article, TagSpellings spellings)
    {
        if (_lexicon.TryGetAlias(key, out var canonical)) return (canonical.Key, canonical.Display, true);
        if (article.Excluded.Contains(key) || TagCandidateFinder.IsNoTag(key, _lexicon.StopWords)) return null;
        return spellings.For(key) is { } display ? (key, display, false) : null;
    }

    /// <summary>Two candidates for one key: mentions add up, the earlier position and any title mention count.</summary>
    private static TagCandidate Combine(TagCandidate a, TagCandidate b) => a with
    {
        Count = a.Count + b.Count,
        FirstWord = Math.Min(a.FirstWord, b.FirstWord),
        InTitle = a.InTitle || b.InTitle,
        OnlyAtSentenceStart = a.OnlyAtSentenceStart && b.OnlyAtSentenceStart,
        Display = a.DisplayFixed ? a.Display : b.DisplayFixed ? b.Display : a.Display,
        DisplayFixed = a.DisplayFixed || b.DisplayFixed,
    };
}
