using System.Runtime.InteropServices;

namespace SiteGen.Inference;

/// <summary>
/// One name per entity across the archive: learns from every article which names are other forms of one entity, and
/// maps each article's candidates onto it. <c>KPK</c> and <c>Komisi Pemberantasan Korupsi</c>, <c>Trump</c> and
/// <c>Donald Trump</c>, <c>Imam</c> and <c>Imam Nahrawi</c>, <c>Partai Golkar</c> and <c>Golkar</c> become one key.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><b>Abbreviations.</b> An abbreviation any article defines (<c>Komisi Pemberantasan Korupsi (KPK)</c>) means
/// its long form everywhere, written as defined (<c>AS</c>, not <c>As</c>). When two articles mean different things by
/// it, it stays with each defining article only; a typo or an extra leading word in one long form is not a second
/// meaning (<see cref="TagKeys.SameName"/>). The best-known ones (<see cref="KnownNames"/>) count even when no article
/// defines them.</item>
/// <item><b>Initials.</b> <c>BJ Habibie</c> and <c>Bacharuddin Jusuf Habibie</c> are one name; so is the head
/// <c>Bacharuddin Jusuf</c> when an article writes <c>Bacharuddin Jusuf (BJ) Habibie</c>.</item>
/// <item><b>Kinds.</b> A name after a word saying what kind of place or body it is (<c>Kota Depok</c>,
/// <c>Partai Golkar</c>) is the name the archive also writes alone (<c>Depok</c>, <c>Golkar</c>).</item>
/// <item><b>Parts of a name.</b> In an article that writes both, a surname, a first name or the first words of a
/// longer name (<c>Shoigu</c>, <c>Imam</c>, <c>Dewan Pengawas</c>) written after it count for the longer name, unless the archive names the part
/// alone in <see cref="OwnNameRatio"/> times more articles than it names the longer name (a name of its own: <c>Jakarta</c> beside
/// <c>Jakarta Selatan</c>). Where an article writes only the part, it counts for the one longer name the archive
/// uses it for in at least <see cref="MinShortFormUses"/> articles and <see cref="DominantShare"/> of its uses
/// (<c>Trump</c> → <c>Donald Trump</c>); a part shared by several names with none most used (<c>Basuki</c>:
/// <c>Basuki Hadimuljono</c> and <c>Basuki Tjahaja Purnama</c>) names nobody in particular and is no tag.</item>
/// <item><b>Chains.</b> A run that strings a name of its own before another name (<c>Rusia Vladimir Putin</c>,
/// <c>DKI Jakarta Anies Baswedan</c>, after an office such as <c>Presiden</c> was cut off) is the two names, when the
/// archive names both apart more often than together.</item>
/// <item>The site's aliases win over everything learnt.</item>
/// </list>
/// Everything is counted as sets and totals over all articles, so the result does not depend on their order or on
/// thread timing.
/// </remarks>
public sealed class CorpusAliases
{
    public const int MinShortFormUses = 2;
    public const double DominantShare = 2.0 / 3.0;
    /// <summary>Articles that must name a word alone before a chain starting with it is split.</summary>
    public const int MinOwnNameArticles = 3;
    /// <summary>
    /// How many times more articles must write a part alone than write the full name for the part to be a name of its
    /// own. Follow-up stories name a person by one name (<c>Basuki</c>), so a part written alone somewhat more often is
    /// still the person; a place is written alone far more often than any longer name holding it (<c>Papua</c>).
    /// </summary>
    public const int OwnNameRatio = 3;

    private readonly Dictionary<string, string> _abbreviations = new(StringComparer.Ordinal); // abbreviation key → long form key
    private readonly Dictionary<string, HashSet<string>> _abbreviationSpellings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _nameParts = new(StringComparer.Ordinal); // part → full name key
    // A first word → the one full name it starts in the archive's articles that write both, or null for several
    // (della → della destiara haris; thailand → null: Thailand Open, Thailand Masters).
    // Runs that are a portfolio and a name (keuangan sri mulyani): no form of the person's tag, though counted in.
    private readonly HashSet<string> _portfolioRuns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _firstWordOf = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ambiguous = new(StringComparer.Ordinal); // parts of several names, none dominant
    // Long forms of abbreviations that are no tag (Sumber Daya Manusia for SDM, Peraturan Daerah for Perda), and
    // abbreviations of several meanings whose main one is no tag (PP: mostly Peraturan Pemerintah).
    private readonly HashSet<string> _noTagLongForms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _noTagShortForms = new(StringComparer.Ordinal);
    // One name written two ways: bacharuddin jusuf habibie → bj habibie, a typo of a long form → the long form.
    private readonly Dictionary<string, string> _initials = new(StringComparer.Ordinal);
    // Initials and the words they stand for at the head of one name: (bj, bacharuddin jusuf) → bj habibie.
    private readonly Dictionary<(string Initials, string Head), (string FullName, string Surname)> _initialHeads = [];
    private readonly HashSet<(string Initials, string Head)> _headDefinitions = [];
    // Asked of every candidate, so kept small: keys some rule moves, and keys that may start a chain.
    private readonly HashSet<string> _movable = new(StringComparer.Ordinal);
    private readonly HashSet<string> _chainStarts = new(StringComparer.Ordinal);
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _chainStartSpans;
    private readonly Dictionary<string, NameCounts> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NameCounts>.AlternateLookup<ReadOnlySpan<char>> _countsBySpan;

    /// <summary>Per key: articles naming it; naming it with no longer name holding it; naming it where it may be a tag; writing it in lowercase too.</summary>
    private struct NameCounts
    {
        public int Naming;
        public int Alone;
        public int MayBeTag;
        public int WrittenSmall;
    }
    private readonly TagLexicon _lexicon;

    private CorpusAliases(TagLexicon lexicon)
    {
        _lexicon = lexicon;
        _countsBySpan = _counts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyDictionary<string, string> Abbreviations => _abbreviations;
    /// <summary>Parts of names learnt across the archive: <c>trump</c> → <c>donald trump</c>.</summary>
    public IReadOnlyDictionary<string, string> Surnames => _nameParts;
    /// <summary>Parts the archive uses for several names, none of them most of the time: <c>basuki</c>. No tag alone.</summary>
    public IReadOnlySet<string> Ambiguous => _ambiguous;

    public static CorpusAliases Learn(IReadOnlyList<TagFindings> articles, TagLexicon lexicon)
    {
        var aliases = new CorpusAliases(lexicon);
        var (definitions, nameUses) = aliases.CountNames(articles);
        aliases.LearnInitials();
        aliases.LearnMiddleNamesLeftOut();
        aliases.LearnPortfolioWords();
        aliases.LearnAbbreviations(definitions);
        aliases.LearnNameParts(nameUses);
        aliases.LearnInitialsInBrackets();
        aliases._movable.UnionWith(aliases._abbreviations.Keys);
        aliases._movable.UnionWith(aliases._nameParts.Keys);
        aliases._movable.UnionWith(aliases._ambiguous);
        aliases._movable.UnionWith(aliases._initials.Keys);
        aliases._movable.UnionWith(aliases._noTagLongForms);
        aliases._movable.UnionWith(aliases._noTagShortForms);
        foreach (var (key, n) in aliases._counts)
            if (n.Alone >= MinOwnNameArticles) aliases._chainStarts.Add(key);
        aliases._chainStartSpans = aliases._chainStarts.GetAlternateLookup<ReadOnlySpan<char>>();
        return aliases;
    }

    /// <summary>
    /// Counts every key's uses, and gathers the abbreviations defined and the name parts used, each distinct one with
    /// how many times it is written, in the order first met: the two steps that learn from them need the counts first,
    /// and gathered in this one pass they do not read every article's findings twice more (each read decodes them again,
    /// from disk in a build that keeps them there). Replayed in that order, they fill their tables in the order the
    /// articles themselves would, so what is learnt is the same.
    /// </summary>
    private (Dictionary<AbbreviationDefinition, int> Definitions, Dictionary<NamePartUse, int> NameUses) CountNames(IReadOnlyList<TagFindings> articles)
    {
        var definitions = new Dictionary<AbbreviationDefinition, int>();
        var nameUses = new Dictionary<NamePartUse, int>();
        var parts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var d in article.Abbreviations) CollectionsMarshal.GetValueRefOrAddDefault(definitions, d, out _)++;
            parts.Clear();
            foreach (var use in article.NameParts)
            {
                parts.Add(use.Part);
                CollectionsMarshal.GetValueRefOrAddDefault(nameUses, use, out _)++;
            }
            foreach (var c in article.Candidates)
            {
                ref var n = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, c.Key, out _);
                n.Naming++;
                if (parts.Count == 0 || !parts.Contains(c.Key)) n.Alone++;
                if (TagRanking.MayBeCentral(c.Count, c.InTitle, c.InLead))
                {
                    n.MayBeTag++;
                    if (c.WrittenSmall) n.WrittenSmall++;
                }
            }
        }
        return (definitions, nameUses);
    }

    private int Naming(string key) => _counts.GetValueOrDefault(key).Naming;
    private int Alone(string key) => _counts.GetValueOrDefault(key).Alone;
    private NameCounts CountsOf(ReadOnlySpan<char> key) => _countsBySpan.TryGetValue(key, out var n) ? n : default;

    /// <summary>A name at all: not a stop word or number, and not a common noun by the archive's measure (<see cref="TagRanking.CommonNounShare"/>).</summary>
    private bool IsName(string key) => !TagCandidateFinder.IsNoTag(key, _lexicon.StopWords) && !IsCommonNoun(CountsOf(key));

    private static bool IsCommonNoun(NameCounts n) => n.MayBeTag > 0 && n.WrittenSmall >= TagRanking.CommonNounShare * n.MayBeTag;

    /// <summary>
    /// A name written with initials is the name written out: <c>BJ Habibie</c> and <c>Bacharuddin Jusuf Habibie</c>,
    /// <c>SBY</c>-style initials before the same surname. The one fewer articles name counts for the other.
    /// </summary>
    private void LearnInitials()
    {
        var withInitials = new Dictionary<string, List<string>>(StringComparer.Ordinal); // the rest of the name → keys starting with initials
        foreach (var key in _counts.Keys)
        {
            var space = key.IndexOf(' ');
            if (space is < 2 or > 4) continue;
            var initials = true;
            for (var i = 0; i < space; i++) initials &= char.IsAsciiLetter(key[i]);
            if (!initials) continue;
            var rest = key[(space + 1)..];
            if (!withInitials.TryGetValue(rest, out var list)) withInitials[rest] = list = [];
            list.Add(key);
        }
        if (withInitials.Count == 0) return;
        var restLookup = withInitials.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (key, counts) in _counts)
        {
            // Written out: at least two words before the rest the short form shares.
            var firstSpace = key.IndexOf(' ');
            if (firstSpace < 0) continue;
            for (var space = key.IndexOf(' ', firstSpace + 1); space > 0; space = key.IndexOf(' ', space + 1))
            {
                if (!restLookup.TryGetValue(key.AsSpan(space + 1), out var shortKeys)) continue;
                var head = key[..space].Split(' ');
                foreach (var shortKey in shortKeys)
                {
                    var initials = shortKey.AsSpan(0, shortKey.IndexOf(' '));
                    // Initials abbreviate the words (BJ: Bacharuddin Jusuf, DPRD: Dewan Perwakilan Rakyat Daerah); a word of
                    // the name itself is none (Bank Indonesia is no short form of Bank Rakyat Indonesia).
                    if (!AreInitials(initials, head)) continue;
                    var (from, to) = counts.Naming > Naming(shortKey) || (counts.Naming == Naming(shortKey) && string.CompareOrdinal(key, shortKey) < 0)
                        ? (shortKey, key) : (key, shortKey);
                    _initials.TryAdd(from, to);
                    _initialHeads.TryAdd((initials.ToString(), key[..space]), (to, key[(space + 1)..]));
                }
            }
        }
    }

    /// <summary>
    /// A person's name with a middle name left out is the name: <c>Melchias Mekeng</c> is <c>Melchias Markus Mekeng</c>
    /// when no other name the archive writes gives those two words. A name with a word naming a kind of body or place
    /// (<c>Bank Rakyat Indonesia</c>, <c>Liga Champions Eropa</c>) is no person's, and its shortening another name. The
    /// one fewer articles name counts for the other.
    /// </summary>
    private void LearnMiddleNamesLeftOut()
    {
        var longer = new Dictionary<string, string?>(StringComparer.Ordinal); // first and last word → the one longer name, or null for several
        foreach (var key in _counts.Keys)
        {
            var words = key.Split(' ');
            // A first word the archive writes alone is a brand or a place heading many names (Nintendo, Garuda), no given name.
            if (words.Length is < 3 or > 4 || !IsPersonLike(words) || Alone(words[0]) >= MinOwnNameArticles) continue;
            var shortKey = words[0] + " " + words[^1];
            // Written out in one article only, the longer run is as likely a slip ("Nintendo Co's Switch") as a name.
            if (!_counts.ContainsKey(shortKey) || Naming(key) < MinShortFormUses) continue;
            longer[shortKey] = longer.ContainsKey(shortKey) ? null : key;
        }
        foreach (var (shortKey, key) in longer)
        {
            if (key is null || _initials.ContainsKey(shortKey) || _initials.ContainsKey(key)) continue;
            var (from, to) = Naming(key) > Naming(shortKey) || (Naming(key) == Naming(shortKey) && string.CompareOrdinal(key, shortKey) < 0)
                ? (shortKey, key) : (key, shortKey);
            _initials[from] = to;
        }
    }

    /// <summary>
    /// An office's portfolio left before a name once the office itself was cut off as a stop word:
    /// <c>Menteri Keuangan Sri Mulyani</c> gives <c>Keuangan Sri Mulyani</c>, <c>Menko Perekonomian Darmin Nasution</c>
    /// gives <c>Perekonomian Darmin Nasution</c>. The first word is a portfolio when it ends at least
    /// <see cref="MinPortfolioNames"/> other names of the archive (<c>Kementerian Keuangan</c>, <c>Otoritas Jasa
    /// Keuangan</c>): a given name does not end the names of bodies. The rest must be a person's name the archive writes
    /// alone in at least <see cref="MinShortFormUses"/> articles; the run then is that person.
    /// </summary>
    private void LearnPortfolioWords()
    {
        var endings = new Dictionary<string, int>(StringComparer.Ordinal); // last word → names of two words or more ending in it
        foreach (var key in _counts.Keys)
        {
            var space = key.LastIndexOf(' ');
            if (space < 0) continue;
            var last = key[(space + 1)..];
            endings[last] = endings.GetValueOrDefault(last) + 1;
        }
        foreach (var key in _counts.Keys)
        {
            var space = key.IndexOf(' ');
            if (space < 0 || key.IndexOf(' ', space + 1) < 0 || _initials.ContainsKey(key)) continue;
            var head = key[..space];
            if (endings.GetValueOrDefault(head) < MinPortfolioNames || KnownNames.Kinds.Contains(head) || KnownNames.Parts.Contains(head)) continue;
            var rest = key[(space + 1)..];
            var words = rest.Split(' ');
            if (words.Length > 3 || !IsPersonLike(words) || Alone(rest) < MinShortFormUses) continue;
            _initials[key] = Canonical(rest);
            _portfolioRuns.Add(key);
        }
    }

    /// <summary>Other names a word must end before it is taken for an office's portfolio before a name.</summary>
    public const int MinPortfolioNames = 2;

    /// <summary>No word of the name is a stop word, a kind (<c>Kota</c>) or a word that only heads a body's name (<c>Bank</c>).</summary>
    private bool IsPersonLike(string[] words)
    {
        foreach (var w in words)
            if (w.Length < 2 || !char.IsLetter(w[0]) || w.Contains('\'') || w.Contains('’') || _lexicon.StopWords.Contains(w)
                || KnownNames.Kinds.Contains(w) || KnownNames.Parts.Contains(w)) return false;
        return true;
    }

    /// <summary>
    /// Initials in brackets inside a person's name, <c>Bacharuddin Jusuf (BJ) Habibie</c>, read as a definition of
    /// <c>BJ</c>, define no abbreviation: the words before them are the head of the name the archive also writes with the
    /// initials (<c>BJ Habibie</c>). Told from <c>Taman Makam Pahlawan (TMP) Kalibata</c> by what follows: a surname, a
    /// word the archive has learnt to stand for that very person, not a name of its own.
    /// </summary>
    private void LearnInitialsInBrackets()
    {
        foreach (var (initials, head) in _headDefinitions)
        {
            var (fullName, surname) = _initialHeads[(initials, head)];
            if (surname.Contains(' ') || _nameParts.GetValueOrDefault(surname) is not { } person || Canonical(person) != Canonical(fullName)) continue;
            _initials.TryAdd(head, Canonical(fullName));
            if (_abbreviations.GetValueOrDefault(initials) == head) _abbreviations.Remove(initials);
        }
    }

    private static bool AreInitials(ReadOnlySpan<char> initials, string[] words)
    {
        foreach (var w in words) if (initials.SequenceEqual(w)) return false;
        return TagAliases.WordsAbbreviated(initials.ToString().ToUpperInvariant(), words) == words.Length;
    }

    /// <summary>A full name under the key the archive counts it by: written out or with initials, one.</summary>
    private string Canonical(string key) => _initials.GetValueOrDefault(key) ?? key;

    private void LearnAbbreviations(Dictionary<AbbreviationDefinition, int> definitions)
    {
        var longForms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal); // abbreviation → long form → articles
        foreach (var (d, times) in definitions) Define(d, times, longForms);
        foreach (var (abbreviation, forms) in longForms)
        {
            // What an abbreviation that is no tag stands for is none either: an office, a decree, a generic noun.
            if (_lexicon.StopWords.Contains(abbreviation))
                foreach (var form in forms.Keys) _noTagLongForms.Add(form);
            if (OneMeaning(forms) is not { } longForm)
            {
                // Undefined, an abbreviation of several meanings is read as its usual one: PP, mostly Peraturan
                // Pemerintah, is no tag where the article does not say it means something else.
                if (MainMeaning(forms) is { } main && TagCandidateFinder.IsNoTag(main, _lexicon.StopWords)) _noTagShortForms.Add(abbreviation);
                continue;
            }
            _abbreviations[abbreviation] = longForm;
            // A typo of the long form, or it with an inner word left out, is the long form: the defining article keeps
            // its own spelling otherwise. (A form with words in front, Kantor Kepresidenan Korea Selatan for Korsel, is a
            // longer name, not another spelling.)
            foreach (var form in forms.Keys)
                if (form != longForm && !form.EndsWith(" " + longForm, StringComparison.Ordinal) && !longForm.EndsWith(" " + form, StringComparison.Ordinal))
                    _initials.TryAdd(form, longForm);
        }

        // The best-known ones fill in what the archive does not define itself.
        foreach (var d in KnownNames.Aliases)
        {
            if (_lexicon.TryGetAlias(d.Abbreviation, out _)) continue;
            if (longForms.ContainsKey(d.Abbreviation))
            {
                // The archive spells it out its own way (Partai Demokrasi Indonesia Perjuangan for PDIP): the shipped
                // long form (PDI Perjuangan) is that same name.
                if (_abbreviations.GetValueOrDefault(d.Abbreviation) is { } own && own != d.LongForm) _initials.TryAdd(d.LongForm, own);
                continue;
            }
            _abbreviations[d.Abbreviation] = d.LongForm;
            _abbreviationSpellings[d.Abbreviation] = new HashSet<string>(StringComparer.Ordinal) { d.Spelling };
        }
    }

    /// <summary>The long form at least <see cref="DominantShare"/> of the definitions give, or null.</summary>
    private static string? MainMeaning(Dictionary<string, int> forms)
    {
        var total = 0;
        foreach (var count in forms.Values) total += count;
        foreach (var (form, count) in forms)
            if (count >= DominantShare * total) return form;
        return null;
    }

    /// <param name="times">How many times the archive gives this definition.</param>
    private void Define(AbbreviationDefinition d, int times, Dictionary<string, Dictionary<string, int>> longForms)
    {
        if (_lexicon.TryGetAlias(d.Abbreviation, out _)) return; // the site's alias wins
        if (_initialHeads.ContainsKey((d.Abbreviation, d.LongForm))) _headDefinitions.Add((d.Abbreviation, d.LongForm));
        if (!longForms.TryGetValue(d.Abbreviation, out var forms)) longForms[d.Abbreviation] = forms = new Dictionary<string, int>(StringComparer.Ordinal);
        forms[d.LongForm] = forms.GetValueOrDefault(d.LongForm) + times;
        if (!_abbreviationSpellings.TryGetValue(d.Abbreviation, out var spellings))
            _abbreviationSpellings[d.Abbreviation] = spellings = new HashSet<string>(StringComparer.Ordinal);
        spellings.Add(d.Spelling);
    }

    /// <summary>
    /// The long form most articles write, when all the others are the same name: a typo of it
    /// (<c>Komisi Pemberatansan Korupsi</c>) or it with a word before it that the abbreviation also fits
    /// (<c>Kabupaten Kotawaringin Barat</c> for <c>Kobar</c>). Null when two articles mean different things
    /// (<c>PKS</c>: <c>Partai Keadilan Sejahtera</c>, <c>Penghapusan Kekerasan Seksual</c>).
    /// </summary>
    private string? OneMeaning(Dictionary<string, int> forms)
    {
        string? main = null;
        foreach (var (form, count) in forms)
        {
            if (main is null || count > forms[main]) { main = form; continue; }
            if (count < forms[main]) continue;
            // As many definitions each: the spelling the archive writes in more articles, so a typo loses.
            var (naming, mainNaming) = (Naming(form), Naming(main));
            if (naming > mainNaming || (naming == mainNaming && string.CompareOrdinal(form, main) < 0)) main = form;
        }
        foreach (var form in forms.Keys)
            if (form != main && !TagKeys.SameName(form, main!)) return null;
        return main;
    }

    private void LearnNameParts(Dictionary<NamePartUse, int> nameUses)
    {
        var shortForm = new Dictionary<(string Part, string Full), int>();
        var ownName = new Dictionary<(string Part, string Full), int>();
        foreach (var (use, times) in nameUses)
        {
            var uses = use.AsShortForm ? shortForm : ownName;
            var full = Canonical(use.FullName);
            // The first word of one full name only, or of several (null): the same whatever order the uses come in.
            if (!use.IsLastWord && IsFirstWord(use.Part, use.FullName))
                _firstWordOf[use.Part] = _firstWordOf.TryGetValue(use.Part, out var other) && other != full ? null : full;
            uses[(use.Part, full)] = uses.GetValueOrDefault((use.Part, full)) + times;
        }

        var fullNames = new Dictionary<string, List<(string Full, int Uses)>>(StringComparer.Ordinal);
        foreach (var ((part, full), uses) in shortForm)
        {
            if (!fullNames.TryGetValue(part, out var list)) fullNames[part] = list = [];
            list.Add((full, uses));
        }

        foreach (var (part, names) in fullNames)
        {
            if (_abbreviations.ContainsKey(part)) continue; // DPR in DPR RI, DPR Papua: it means its long form everywhere
            string? best = null;
            int bestUses = 0, total = 0;
            foreach (var (full, uses) in names)
            {
                total += uses;
                if (uses > bestUses || (uses == bestUses && string.CompareOrdinal(full, best) < 0)) (best, bestUses) = (full, uses);
            }
            if (bestUses < DominantShare * total)
            {
                // The short form of several names: alone it names nobody in particular, unless the archive writes it
                // alone more often than it writes all those names (a name of its own: Papua beside Papua Barat).
                var naming = 0;
                foreach (var (full, _) in names) naming += Naming(full);
                if (names.Count > 1 && Alone(part) <= naming) _ambiguous.Add(part);
                continue;
            }
            if (bestUses < MinShortFormUses) continue;
            if (ownName.GetValueOrDefault((part, best!)) >= bestUses || _lexicon.TryGetAlias(part, out _)) continue;
            if (KindedName(best!) == part) continue; // Riau after Provinsi Riau: the kind goes, not the name
            // A person is introduced by the full name; a word more articles write alone than the full name is a name of
            // its own (Kalimantan, not Pulau Kalimantan).
            if (Alone(part) > OwnNameRatio * Naming(best!)) continue;
            _nameParts[part] = best!;
        }
    }

    /// <summary>A name the article also calls by its first word (Agus Susanto … Agus) is one person, never a chain.</summary>
    private static bool CalledByFirstName(string key, Dictionary<string, string>? ownParts)
    {
        if (ownParts is null) return false;
        foreach (var (part, full) in ownParts)
            if (full == key && IsFirstWord(part, key)) return true;
        return false;
    }

    private static bool IsFirstWord(string part, string fullName) =>
        part.IndexOf(' ') < 0 && fullName.Length > part.Length + 1 && fullName.StartsWith(part, StringComparison.Ordinal) && fullName[part.Length] == ' ';

    /// <summary>
    /// A first name in the article that writes the person's full name: <c>Della</c> beside <c>Della Destiara Haris</c>,
    /// <c>Andono</c> beside <c>Andono Warih</c>. The article has said who it means, so it holds even where the archive
    /// writes the first name alone more often than the full name (newsrooms call athletes and celebrities by it). Not
    /// for a word that starts several names in the archive (<c>Thailand</c>: <c>Thailand Open</c>,
    /// <c>Thailand Masters</c>), nor for a name with a kind or body word (<c>Kota</c>, <c>Bank</c>): those are names
    /// of their own that longer names are built on.
    /// </summary>
    private bool IsFirstName(NamePartUse use)
    {
        if (!use.AsShortForm || use.IsLastWord || !IsFirstWord(use.Part, use.FullName)) return false;
        if (_firstWordOf.GetValueOrDefault(use.Part) is null) return false;
        var words = use.FullName.Split(' ');
        return words.Length <= 4 && IsPersonLike(words);
    }

    /// <summary>Whether the archive names <paramref name="part"/> alone in <see cref="OwnNameRatio"/> times more articles than it names <paramref name="full"/>.</summary>
    private bool IsNameOfItsOwn(string part, string full) => Alone(part) > OwnNameRatio * Naming(full) && Alone(part) >= MinOwnNameArticles;

    /// <summary>
    /// The article's candidates, each under the key of its entity. A candidate keeps the form the article wrote as its
    /// display when that form may stand for the entity (its own spelling, an abbreviation, a kind-prefixed name), so
    /// that <see cref="TagSpellings"/> can count which form the archive uses; a part of a name gets an empty display
    /// (it does not vote: <c>Trump</c> never becomes the tag of <c>Donald Trump</c>).
    /// </summary>
    public IReadOnlyList<TagCandidate> Apply(TagFindings article)
    {
        var candidates = article.Candidates;
        Dictionary<string, string>? ownParts = null; // this article's parts of its own longer names
        foreach (var use in article.NameParts)
        {
            if (IsFirstName(use))
            {
                (ownParts ??= new Dictionary<string, string>(StringComparer.Ordinal))[use.Part] = use.FullName;
                continue;
            }
            // Named alone before the longer name, it is a name of its own in this article (Rusia … Rusia-Korea Utara).
            // Unless the archive has learnt that the part means that very name (Habibie in a title, BJ Habibie below).
            if (IsNameOfItsOwn(use.Part, use.FullName)) continue;
            // A surname after the full name is counted in already; it still takes a chain's piece (Habibie of "Habibie
            // Ainun", a film's title) to the person.
            if (use.IsLastWord && use.AsShortForm)
            {
                if (!_abbreviations.ContainsKey(use.Part) && IsPersonLike(use.FullName.Split(' ')))
                    (ownParts ??= new Dictionary<string, string>(StringComparer.Ordinal))[use.Part] = use.FullName;
                continue;
            }
            if (!use.AsShortForm && _nameParts.GetValueOrDefault(use.Part) != Canonical(use.FullName)) continue;
            (ownParts ??= new Dictionary<string, string>(StringComparer.Ordinal))[use.Part] = use.FullName;
        }

        List<TagCandidate>? moved = null; // most articles have nothing to move: no copy for them
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (!MayMap(c, ownParts))
            {
                moved?.Add(c);
                continue;
            }
            var mapped = Map(c, article, ownParts);
            if (mapped.Count == 1 && ReferenceEquals(mapped[0], c))
            {
                moved?.Add(c);
                continue;
            }
            if (moved is null)
            {
                moved = new List<TagCandidate>(candidates.Count + 2);
                for (var j = 0; j < i; j++) moved.Add(candidates[j]);
            }
            foreach (var m in mapped) moved.Add(m);
        }
        if (moved is null) return candidates;

        // The article's own candidates have distinct keys; only moved ones may meet another. An article has a few dozen
        // candidates, so a scan beats a dictionary.
        for (var i = moved.Count - 1; i > 0; i--)
        {
            for (var j = 0; j < i; j++)
            {
                if (moved[j].Key != moved[i].Key) continue;
                moved[j] = Combine(moved[j], moved[i]);
                moved.RemoveAt(i);
                break;
            }
        }
        return moved;
    }

    private static readonly IReadOnlyList<TagCandidate> Dropped = [];

    /// <summary>
    /// A quick look, without allocating, at whether any rule could move the candidate: most candidates stay as they are,
    /// and this is asked for every candidate of the archive.
    /// </summary>
    private bool MayMap(TagCandidate c, Dictionary<string, string>? ownParts)
    {
        if (c.DisplayFixed) return false;
        var key = c.Key;
        if (ownParts is not null && ownParts.ContainsKey(key)) return true;
        if (_movable.Contains(key)) return true;
        var space = key.IndexOf(' ');
        if (space < 0) return false;
        if (KnownNames.KindLookup.Contains(key.AsSpan(0, space))) return true;
        // A chain starts with a name written alone in several articles.
        for (; space > 0; space = key.IndexOf(' ', space + 1))
            if (_chainStartSpans.Contains(key.AsSpan(0, space))) return true;
        return false;
    }

    /// <summary>The candidate under its entity's key: itself, another key, two (a chain), or none (it is the article's own place).</summary>
    private IReadOnlyList<TagCandidate> Map(TagCandidate c, TagFindings article, Dictionary<string, string>? ownParts)
    {
        var mapped = MapName(c, article, ownParts);
        if (mapped.Count != 1 || mapped[0].DisplayFixed || CalledByFirstName(mapped[0].Key, ownParts) || Chain(mapped[0]) is not { } two) return mapped;
        // Each name of a chain as any other: "DPR RI" is DPR and Republik Indonesia.
        var pieces = new List<TagCandidate>(2);
        foreach (var piece in two) pieces.AddRange(MapName(piece, article, ownParts));
        return pieces;
    }

    /// <summary>The candidate under the key of the entity it names, or none when that is the article's own place.</summary>
    private IReadOnlyList<TagCandidate> MapName(TagCandidate c, TagFindings article, Dictionary<string, string>? ownParts)
    {
        if (c.DisplayFixed) return [c];
        var key = c.Key;
        if (_ambiguous.Contains(key) && ownParts?.ContainsKey(key) != true) return Dropped;
        if (_noTagLongForms.Contains(key) || _noTagShortForms.Contains(key)) return Dropped;
        var display = c.Display;
        string? form = null;
        if (ownParts is not null && ownParts.TryGetValue(key, out var full))
            (key, display, form) = (Canonical(full), "", c.Display);
        else if (_initials.TryGetValue(key, out var sameName))
            (key, display, form) = (sameName, "", _portfolioRuns.Contains(key) ? null : c.Display);
        else if (_abbreviations.TryGetValue(key, out var longForm) && _abbreviationSpellings[key].Contains(c.Display) && !DefinesItself(article, key))
            (key, display, form) = (KindedName(longForm) ?? longForm, "", c.Display);
        else if (KindedName(key) is { } name)
            (key, display, form) = (KindedName(name) ?? name, "", c.Display);
        else if (!key.Contains(' ') && _nameParts.TryGetValue(key, out var learnt) && !HasOwnPart(article, key))
            (key, display, form) = (learnt, "", c.Display);

        if (key != c.Key)
        {
            if (_lexicon.TryGetAlias(key, out var canonical))
                return [c with { Key = canonical.Key, Display = canonical.Display, DisplayFixed = true, OnlyAtSentenceStart = false, Forms = WithForm(c.Forms, form) }];
            if (article.Excluded.Contains(key)) return Dropped; // "Kota Palembang" in a story from Palembang
            // A short form of something that is no tag is none either: SK for Surat Keputusan.
            if (TagCandidateFinder.IsNoTag(key, _lexicon.StopWords)) return Dropped;
            // An abbreviation or kind-prefixed name written alone votes for its form; a part of a name does not.
            var shortForm = display.Length == 0 && ownParts?.ContainsKey(c.Key) != true && !_nameParts.ContainsKey(c.Key) && !IsKinded(c.Key) ? c.Display : null;
            c = c with { Key = key, Display = display, OnlyAtSentenceStart = false, Forms = WithForm(c.Forms, form), ShortForm = shortForm };
        }
        return [c];
    }

    private static IReadOnlyList<string>? WithForm(IReadOnlyList<string>? forms, string? form) =>
        form is null || form.Length == 0 || (forms?.Contains(form) ?? false) ? forms : [.. forms ?? [], form];

    /// <summary>Whether a key starts with a kind word: <c>Pemprov DKI Jakarta</c> is a longer form, never the one shown.</summary>
    private static bool IsKinded(string key) => key.IndexOf(' ') is var space and > 0 && KnownNames.KindLookup.Contains(key.AsSpan(0, space));

    /// <summary><c>partai golkar</c> → <c>golkar</c> when the archive names <c>Golkar</c> alone too.</summary>
    private string? KindedName(string key)
    {
        var space = key.IndexOf(' ');
        if (space < 0 || !KnownNames.KindLookup.Contains(key.AsSpan(0, space))) return null;
        var name = key[(space + 1)..];
        return Alone(name) > 0 && IsName(name) ? name : null;
    }

    /// <summary>
    /// A chain of two names, <c>Rusia Vladimir Putin</c>, as the two: the first stretch is a name the archive writes alone
    /// in at least <see cref="MinOwnNameArticles"/> articles and more often than the chain, the rest one it names apart too.
    /// </summary>
    private TagCandidate[]? Chain(TagCandidate c)
    {
        var key = c.Key;
        var chain = Naming(key);
        for (var space = key.IndexOf(' '); space > 0; space = key.IndexOf(' ', space + 1))
        {
            var alone = CountsOf(key.AsSpan(0, space)).Alone;
            if (alone < MinOwnNameArticles || alone <= chain) continue;
            var first = key[..space];
            var rest = key[(space + 1)..];
            // A one-word rest must be named apart more often than the chain (Arab Saudi is no chain of Arab and Saudi);
            // a longer one need only be named apart at all (PUPR Basuki Hadimuljono).
            var restNamed = rest.Contains(' ') ? Naming(rest) >= MinShortFormUses : Naming(rest) > chain;
            if (!restNamed || !IsName(first) || !IsName(rest)) continue;
            var words = c.Display.Length > 0 ? c.Display.Split(' ') : [];
            var firstWords = first.Count(ch => ch == ' ') + 1;
            var (firstDisplay, restDisplay) = words.Length == key.Count(ch => ch == ' ') + 1
                ? (string.Join(' ', words[..firstWords]), string.Join(' ', words[firstWords..]))
                : ("", "");
            return
            [
                // The first name is named once per chain; what the chain counted in (a surname) belongs to the rest.
                c with { Key = first, Display = firstDisplay, Count = 1, Forms = null, ShortForm = null },
                c with { Key = rest, Display = restDisplay, FirstWord = c.FirstWord + 1 },
            ];
        }
        return null;
    }

    private static bool DefinesItself(TagFindings article, string abbreviation)
    {
        foreach (var d in article.Abbreviations) if (d.Abbreviation == abbreviation) return true;
        return false;
    }

    /// <summary>Whether the article names a longer name containing <paramref name="part"/>: there it has decided for itself.</summary>
    private static bool HasOwnPart(TagFindings article, string part)
    {
        foreach (var use in article.NameParts) if (use.Part == part) return true;
        return false;
    }

    /// <summary>
    /// Two candidates for one key: mentions add up, the earlier position and any title or lead mention count. The
    /// display is the key's own spelling when the article wrote it (an article that spells the long form out votes for
    /// it), else a form that may vote.
    /// </summary>
    private static TagCandidate Combine(TagCandidate a, TagCandidate b) => a with
    {
        Count = a.Count + b.Count,
        FirstWord = Math.Min(a.FirstWord, b.FirstWord),
        InTitle = a.InTitle || b.InTitle,
        TitleAt = a.TitleAt < 0 ? b.TitleAt : b.TitleAt < 0 ? a.TitleAt : Math.Min(a.TitleAt, b.TitleAt),
        InLead = a.InLead || b.InLead,
        WrittenSmall = a.WrittenSmall && b.WrittenSmall,
        OnlyAtSentenceStart = a.OnlyAtSentenceStart && b.OnlyAtSentenceStart,
        Display = a.DisplayFixed ? a.Display : b.DisplayFixed ? b.Display : PreferredDisplay(a, b),
        // The short form still wins the article's vote when it is written more often than the name.
        ShortForm = (a.ShortForm, b.ShortForm) switch
        {
            (null, null) => null,
            ({ } s, null) => a.Count > b.Count ? s : null,
            (null, { } s) => b.Count > a.Count ? s : null,
            _ => a.Count >= b.Count ? a.ShortForm : b.ShortForm,
        },
        DisplayFixed = a.DisplayFixed || b.DisplayFixed,
        Forms = MergeForms(a, b),
    };

    private static string PreferredDisplay(TagCandidate a, TagCandidate b)
    {
        if (a.Display.Length == 0) return b.Display;
        if (b.Display.Length == 0) return a.Display;
        if (TagKeys.Fold(a.Display) == a.Key) return a.Display;
        if (TagKeys.Fold(b.Display) == b.Key) return b.Display;
        return a.Count >= b.Count ? a.Display : b.Display;
    }

    private static IReadOnlyList<string>? MergeForms(TagCandidate a, TagCandidate b)
    {
        var forms = a.Forms;
        if (b.Forms is not null) foreach (var f in b.Forms) forms = WithForm(forms, f);
        // The other's written display is a form of this one too, unless it is the key's own spelling.
        foreach (var (c, other) in new[] { (a, b), (b, a) })
            if (c.Display.Length > 0 && c.Display != PreferredDisplay(a, b)) forms = WithForm(forms, c.Display);
        return forms;
    }
}
