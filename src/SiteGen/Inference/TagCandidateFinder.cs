using System.Buffers;
using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Inference;

/// <summary>
/// Finds the keyphrases of one article: runs of capitalised words in the body (the title is in Title Case, so its
/// capitals say nothing), cut at stop words, with abbreviations defined in parentheses counted as their long form.
/// </summary>
/// <remarks>
/// A run is broken by any punctuation, so <c>Rusia, China</c> gives two. Within a run:
/// <list type="bullet">
/// <item>a stop word (<c>Sebelumnya</c>, <c>Senin</c>, <c>iNews.id</c>) is dropped and cuts the run;</item>
/// <item>an alias (<c>Kemhan</c> once the text wrote <c>Kementerian Pertahanan (Kemhan)</c>, or one from settings)
/// stands alone, so <c>Kemhan Rusia</c> counts <c>Kementerian Pertahanan</c> and <c>Rusia</c>;</item>
/// <item>the first word of a sentence is dropped when the article also writes it in lowercase (grammar, not a name)
/// or when the rest of the run stands alone in mid-sentence, unless the whole run also stands in mid-sentence;</item>
/// <item>a first word the article uses alone at least twice, and more often than the whole run, stands alone before a
/// name of two words or more (<c>Rusia Sergei Shoigu</c>), not before one word (<c>Imam Nahrawi … Imam</c>);</item>
/// <item>a run left longer than <see cref="MaxWords"/> words is a headline or a title chain, not a tag.</item>
/// </list>
/// A lone surname then counts for the one full name ending in it (<c>Shoigu</c> → <c>Sergei Shoigu</c>).
/// The dateline city and the portal's name are no tags. The site's aliases win over the article's own. The
/// abbreviations and surnames the article spells out go into its <see cref="TagFindings"/>, from which
/// <see cref="CorpusAliases"/> learns what they mean in the rest of the archive.
/// </remarks>
public static partial class TagCandidateFinder
{
    public const int MaxWords = 4;

    /// <summary>The article's keyphrases.</summary>
    public static IReadOnlyList<TagCandidate> Find(Article article, TagLexicon lexicon) => FindIn(article, lexicon).Candidates;

    /// <summary>The article's keyphrases, and the abbreviations and surnames it spells out, for the corpus step.</summary>
    public static TagFindings FindIn(Article article, TagLexicon lexicon) => (_threadReader ??= new Reader()).Read(article, lexicon);

    // Articles are read in parallel, each by one call: a reader per thread keeps its lists and word cache from one
    // article to the next instead of building them again (and folding every word again) for each.
    [ThreadStatic] private static Reader? _threadReader;

    /// <summary>
    /// Reads articles one after another on one thread. It keeps its lists, sets and <see cref="TagWordCache"/> from
    /// one article to the next, so reading an archive allocates little more than the findings themselves.
    /// </summary>
    internal sealed class Reader
    {
        private readonly Scan _scan = new(new TagWordCache());

        public TagFindings Read(Article article, TagLexicon lexicon)
        {
            _scan.Reset();
            var offset = 0;
            var leadEnd = -1;
            foreach (var paragraph in article.Paragraphs)
            {
                if (EditorLine().IsMatch(paragraph)) continue;
                var text = WithoutTeasers(paragraph);
                _scan.Paragraph(text, offset);
                offset += text.Length + 1;
                if (leadEnd < 0) leadEnd = offset;
            }
            return _scan.Findings(article, lexicon, leadEnd);
        }
    }

    /// <summary>Removes <c>Baca Juga …</c> teasers: a headline of another story, up to a quote or the paragraph's end.</summary>
    private static string WithoutTeasers(string paragraph)
    {
        var at = TeaserStart(paragraph);
        if (at < 0) return paragraph;
        var rest = at + "Baca Juga".Length;
        while (rest < paragraph.Length && paragraph[rest] is ':' or ' ') rest++;
        if (rest < paragraph.Length && paragraph[rest] == ',') return string.Concat(paragraph.AsSpan(0, at), paragraph.AsSpan(rest)); // the link was dropped
        var end = paragraph.AsSpan(rest).IndexOfAny("\"“");
        var tail = end < 0 ? "" : WithoutTeasers(paragraph[(rest + end)..]);
        return string.Concat(paragraph.AsSpan(0, at), " . ", tail);
    }

    // An ordinal search for "ca " then a look at its neighbours: a case-insensitive search would take the slow path
    // on every paragraph with a non-ASCII character, and most of this corpus has mojibake. The search is for "ca ", not
    // "aca ": a vectorised search checks a needle's first and last characters first, and 'a' three characters before a
    // space is in most sentences, 'c' two before one in few. Every "aca " is a "ca " one character on, so the first
    // teaser found is the same.
    private static int TeaserStart(string paragraph)
    {
        for (var c = paragraph.IndexOf("ca ", StringComparison.Ordinal); c >= 0; c = paragraph.IndexOf("ca ", c + 1, StringComparison.Ordinal))
        {
            if (c < 1 || paragraph[c - 1] != 'a') continue;
            var at = c - 1; // an "aca "
            if (at == 0) return -1; // as the search for "aca " did: one opening the paragraph ended it
            if (paragraph[at - 1] is 'B' or 'b' && (at < 2 || !char.IsLetter(paragraph[at - 2]))
                && paragraph.AsSpan(at + 4).StartsWith("juga", StringComparison.OrdinalIgnoreCase))
                return at - 1;
        }
        return -1;
    }

    [GeneratedRegex(@"^(?:Video\s+)?Editor\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EditorLine();

    // "Emil --sapaan akrab Ridwan Kamil--", "Ayu, sapaan akrab Aries Susanti Rahayu", "Emil (sapaan karib Ridwan Kamil)"
    [GeneratedRegex(@"(?<nick>\p{Lu}[\p{L}\p{Nd}]*(?: \p{Lu}[\p{L}\p{Nd}]*)?)\s*(?:,|\(|-{1,2}|—|–)?\s*(?:yang\s+)?(?:merupakan\s+)?sapaan\s+(?:(?:akrab|karib|populer)(?:nya)?\s+)?(?:dari\s+|bagi\s+|untuk\s+)?(?<full>\p{Lu}[\p{L}\p{Nd}'’.-]*(?: \p{Lu}[\p{L}\p{Nd}'’.-]*){0,6})", RegexOptions.CultureInvariant)]
    private static partial Regex NicknameFirst();

    // "Aries Susanti Rahayu yang akrab disapa Ayu", "Ridwan Kamil atau akrab disapa Emil", "Basuki (biasa disapa Ahok)"
    [GeneratedRegex(@"(?<full>\p{Lu}[\p{L}\p{Nd}'’.-]*(?: \p{Lu}[\p{L}\p{Nd}'’.-]*){0,6})\s*(?:,|\()?\s*(?:atau\s+)?(?:yang\s+)?(?:lebih\s+)?(?:akrab|biasa|karib|kerap|sering)\s+(?:di)?sapa(?:an)?\s+(?<nick>\p{Lu}[\p{L}\p{Nd}]*(?: \p{Lu}[\p{L}\p{Nd}]*)?)", RegexOptions.CultureInvariant)]
    private static partial Regex FullNameFirst();

    /// <summary>
    /// A stop word, or no name at all: a number (<c>2019</c>), an amount (<c>Rp14.066</c>, <c>USD1</c>), a Roman numeral
    /// (<c>II</c>), one letter, or a word that is only ever part of a name (<c>Barat</c>, <c>Kementerian</c>).
    /// </summary>
    public static bool IsNoTag(string key, TagStopWords stop) => stop.Contains(key) || !LooksLikeName(key) || KnownNames.Parts.Contains(key) || IsLabel(key);

    /// <summary>
    /// A group or class named by a label word and a letter or number: <c>Grup G</c>, <c>Pool A</c>, <c>Kelas 3</c>. Every
    /// tournament has a Grup A; the tournament is the tag.
    /// </summary>
    private static bool IsLabel(string key)
    {
        var space = key.IndexOf(' ');
        if (space < 0 || key.IndexOf(' ', space + 1) >= 0 || !KnownNames.LabelLookup.Contains(key.AsSpan(0, space))) return false;
        var code = key.AsSpan(space + 1);
        if (code.Length == 1 || IsRomanNumeral(code.ToString())) return true;
        foreach (var c in code) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static bool LooksLikeName(string key)
    {
        if (key.Length < 2 || !char.IsLetter(key[0])) return false;
        // An amount: letters then digits, as in rp14066, usd1, idr5000
        var letters = 0;
        while (letters < key.Length && char.IsAsciiLetter(key[letters])) letters++;
        if (letters is >= 2 and <= 3 && letters < key.Length && char.IsDigit(key[letters])) return false;
        return !IsRomanNumeral(key);
    }

    /// <summary>I to XXXIX, as in <c>Perang Dunia II</c> or <c>Komisi XI</c>: the larger letters also spell names (<c>DC</c>, <c>Mix</c>).</summary>
    private static bool IsRomanNumeral(string key) => RomanNumeral().IsMatch(key);

    [GeneratedRegex("^(?=[ivx])x{0,3}(ix|iv|v?i{0,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumeral();

    /// <summary>The runs of one article and the abbreviations it defines, gathered paragraph by paragraph.</summary>
    private sealed class Scan
    {
        private readonly TagWordCache _cache;

        public Scan(TagWordCache cache)
        {
            _cache = cache;
            _lowercase = new LowercaseCheck(this);
        }

        private readonly List<(int First, int Count, bool SentenceStart)> _spans = [];
        private readonly Dictionary<string, string> _defined = new(StringComparer.Ordinal); // folded abbreviation → folded long form
        private readonly List<AbbreviationDefinition> _definitions = [];
        // The article's paragraphs (without teasers) one after another, each followed by a line feed: one text to search
        // for a word instead of one search per paragraph. A line feed is no letter, so it bounds words as a
        // paragraph's end does.
        private char[] _text = new char[16 * 1024];
        private int _textLength;
        // Every capitalised word of the article in order, with its key and position; runs are stretches of them.
        private readonly List<string> _words = [];
        private readonly List<string> _keys = [];
        private readonly List<int> _positions = [];
        private int _runFirst; // where the open run starts in _words
        private readonly List<Run> _runs = [];
        // Per-article working sets of Findings, kept for the next article.
        private readonly HashSet<KeySequence> _midSentence = [];
        private readonly List<Unit> _units = [];
        private readonly List<(int Run, int Start, int Length)> _longSegments = [];
        private readonly Dictionary<string, int> _unitCounts = new(StringComparer.Ordinal);
        private readonly List<NamePartUse> _nameParts = [];
        private readonly Tally _tally = new();
        // Nicknames the article gives (Emil, sapaan akrab Ridwan Kamil): the nickname's words → the full name's words,
        // folded, as written; resolved against the article's names once all are read.
        private readonly List<(string Nickname, string FullName)> _nicknamePhrases = [];
        private readonly Dictionary<string, string> _nicknames = new(StringComparer.Ordinal);
        private readonly LowercaseCheck _lowercase;

        public void Reset()
        {
            _spans.Clear();
            _words.Clear();
            _keys.Clear();
            _positions.Clear();
            _runFirst = 0;
            _defined.Clear();
            _definitions.Clear();
            _textLength = 0;
            _midSentence.Clear();
            _units.Clear();
            _longSegments.Clear();
            _unitCounts.Clear();
            _nameParts.Clear();
            _nicknamePhrases.Clear();
            _nicknames.Clear();
            _tally.Clear();
            _lowercase.Clear();
        }

        /// <summary>A run of capitalised words: <see cref="Count"/> words of the article's word arrays from <see cref="First"/>.</summary>
        private readonly record struct Run(string[] Words, string[] Keys, int[] Positions, int First, int Count, bool SentenceStart)
        {
            public string Key(int i) => Keys[First + i];
            public string Word(int i) => Words[First + i];
            public int Position(int i) => Positions[First + i];
            public KeySequence From(int i) => new(Keys, First + i, First + Count);
        }

        /// <param name="text">One paragraph, without teasers.</param>
        /// <param name="offset">Where the paragraph starts in the article, so that positions order mentions across paragraphs.</param>
        public void Paragraph(string text, int offset)
        {
            if (text.Contains("sapa", StringComparison.Ordinal)) FindNicknames(text);
            if (_textLength + text.Length + 1 > _text.Length) Array.Resize(ref _text, Math.Max(_text.Length * 2, _textLength + text.Length + 1));
            text.CopyTo(_text.AsSpan(_textLength));
            _textLength += text.Length;
            _text[_textLength++] = '\n';
            var runAtSentenceStart = false;
            var sentenceStart = true;
            var i = 0;
            while (i < text.Length)
            {
                // Lowercase words, digits and spaces name nothing: one vectorised search skips them. A skipped word
                // ends the run and the sentence start, as reading it would.
                var skipped = text.AsSpan(i).IndexOfAnyExcept(Plain);
                var stop = skipped < 0 ? text.Length : i + skipped;
                var afterSkippedWord = false;
                if (stop > i)
                {
                    if (text.AsSpan(i, stop - i).ContainsAnyExcept(' '))
                    {
                        Close();
                        sentenceStart = false;
                        afterSkippedWord = text[stop - 1] != ' ';
                    }
                    i = stop;
                    if (i == text.Length) break;
                }

                var c = text[i];
                if (afterSkippedWord && (char.IsLetterOrDigit(c) || Joins(text, i)))
                {
                    i = WordEnd(text, i - 1); // the rest of a lowercase word: "iNews", "café"
                    continue;
                }
                if (char.IsLetterOrDigit(c))
                {
                    var end = WordEnd(text, i);
                    if (char.IsUpper(c) && HasAsciiLetter(text.AsSpan(i, end - i)))
                    {
                        if (_words.Count == _runFirst) runAtSentenceStart = sentenceStart;
                        var (spelling, key) = _cache.Word(text.AsSpan(i, end - i));
                        _words.Add(spelling);
                        _keys.Add(key);
                        _positions.Add(offset + i);
                        // An initial inside a name ("Rini M. Soemarno", "Laode M. Syarif"): its full stop ends no sentence.
                        if (end - i == 1 && _words.Count - _runFirst > 1 && end + 2 < text.Length && text[end] == '.'
                            && text[end + 1] == ' ' && char.IsUpper(text[end + 2]))
                        {
                            i = end + 2;
                            continue;
                        }
                    }
                    else Close();
                    sentenceStart = false;
                    i = end;
                    continue;
                }
                if (c == '‚' && i + 2 < text.Length && text[i + 1] == 'Ä')
                {
                    // Mac-Roman mojibake of a curly quote or dash (‚Äú ‚Äù ‚Äì): one punctuation mark.
                    Close();
                    sentenceStart |= text[i + 2] is 'ú' or 'ù';
                    i += 3;
                    continue;
                }
                if (c == '(' && _words.Count > _runFirst && TryDefinition(text, i, _words.GetRange(_runFirst, _words.Count - _runFirst)) is var after and > 0)
                {
                    Close();
                    i = after;
                    continue;
                }
                if (!char.IsWhiteSpace(c)) Close();
                if (c is '.' or '!' or '?' or ':' or '"' or '“' or '”') sentenceStart = true;
                i++;
            }
            Close();

            void Close()
            {
                if (_words.Count == _runFirst) return;
                _spans.Add((_runFirst, _words.Count - _runFirst, runAtSentenceStart));
                _runFirst = _words.Count;
            }
        }

        private static readonly SearchValues<char> Plain = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789 ");

        /// <summary>
        /// Whether the mark at <paramref name="j"/> joins two parts of one word: inner <c>.'’</c>, or a hyphen after a
        /// letter or digit (<c>Covid-19</c>, <c>Saint-Germain</c>, <c>Mercedes-Benz</c>). Two names joined so
        /// (<c>Rusia-Korea Utara</c>) are split again by the archive (<see cref="CorpusAliases"/>).
        /// </summary>
        private static bool Joins(string text, int j) =>
            j + 1 < text.Length && j > 0 && char.IsLetterOrDigit(text[j + 1])
            && (text[j] is '.' or '\'' or '’' || (text[j] == '-' && char.IsLetterOrDigit(text[j - 1])));

        /// <summary>Where the word starting at <paramref name="i"/> ends: letters and digits, joined by inner <c>.'’</c> or a hyphen before lowercase.</summary>
        private static int WordEnd(string text, int i)
        {
            var j = i + 1;
            while (j < text.Length)
            {
                var c = text[j];
                if (char.IsLetterOrDigit(c)) { j++; continue; }
                if (Joins(text, j)) { j += 2; continue; }
                break;
            }
            return j;
        }

        /// <summary>
        /// A word of a Latin-script name has at least one plain letter. A capitalised word of accented letters only
        /// (<c>Ÿé</c>, <c>Ÿàÿ</c>) is Arabic or another script read in the wrong encoding, never a name.
        /// </summary>
        private static bool HasAsciiLetter(ReadOnlySpan<char> word)
        {
            foreach (var ch in word) if (char.IsAsciiLetter(ch)) return true;
            return false;
        }

        /// <summary>At <c>(</c> after a run: reads <c>(Korut)</c>, records it if it abbreviates the run, and returns the index after <c>)</c>; else 0.</summary>
        private int TryDefinition(string text, int open, List<string> run)
        {
            var close = text.IndexOf(')', open + 1);
            if (close < 0 || close - open - 1 > TagAliases.MaxAbbreviationLength) return 0;
            var token = text.AsSpan(open + 1, close - open - 1).Trim();
            foreach (var c in token) if (!char.IsLetterOrDigit(c) && c != '-') return 0;
            var taken = TagAliases.WordsAbbreviated(token, run);
            if (taken == 0) return 0;
            var key = TagKeys.Fold(token);
            if (!_defined.ContainsKey(key))
            {
                var longForm = TagKeys.Fold(string.Join(' ', run.GetRange(run.Count - taken, taken)));
                _defined[key] = longForm;
                _definitions.Add(new AbbreviationDefinition(key, token.ToString(), longForm));
            }
            return close + 1;
        }

        public TagFindings Findings(Article article, TagLexicon lexicon, int leadEnd)
        {
            string[] words = [.. _words], keys = [.. _keys];
            int[] positions = [.. _positions];
            _runs.Clear();
            foreach (var (first, count, sentenceStart) in _spans) _runs.Add(new Run(words, keys, positions, first, count, sentenceStart));

            var stop = lexicon.StopWords;
            var lowercase = _lowercase;
            var midSentence = _midSentence;
            foreach (var run in _runs)
                if (!run.SentenceStart) midSentence.Add(run.From(0));
            var units = _units;
            for (var r = 0; r < _runs.Count; r++)
            {
                var run = _runs[r];
                // The first word of a sentence is capitalised by grammar; it is part of a name only if the article never
                // writes it small, or writes the same whole run in mid-sentence too ("Perang Korea").
                // Likewise when the rest of the run stands alone in mid-sentence ("Rapat | Kementerian Keuangan").
                // A stop word goes either way, so it needs no search for a lowercase use.
                var start = run.SentenceStart && !midSentence.Contains(run.From(0)) && !stop.Contains(run.Key(0))
                    && ((run.Count > 1 && midSentence.Contains(run.From(1))) || lowercase.WrittenSmall(run.Key(0)))
                    ? 1 : 0;
                Split(r, start, units, stop, lexicon);
            }

            // A first word the article also uses alone, at least twice, is a name of its own: "Rusia | Sergei Shoigu".
            // (More often alone than in this run, so "Korea" twice alone does not break up "Korea Utara".)
            var unitCounts = _unitCounts;
            foreach (var u in units) unitCounts[u.Key] = unitCounts.GetValueOrDefault(u.Key) + 1;

            NamesEndingLongRuns(units, unitCounts);
            ResolveNicknames(unitCounts);
            var tally = _tally;
            foreach (var u in units)
            {
                var run = _runs[u.Run];
                // Only before a name of two words or more: "Imam Nahrawi … Imam … Imam" is one person called by his first name.
                var alone = u.Length > 2 && !u.IsAlias ? unitCounts.GetValueOrDefault(run.Key(u.Start)) : 0;
                if (alone >= 2 && alone > unitCounts[u.Key] && RestNamedApart(run, u, unitCounts))
                {
                    Count(tally, u with { Length = 1, Key = run.Key(u.Start) }, lexicon);
                    Count(tally, u with { Start = u.Start + 1, Length = u.Length - 1, Key = _cache.Joined(run.Keys, run.First + u.Start + 1, u.Length - 1) }, lexicon);
                }
                else Count(tally, u, lexicon);
            }

            var foldedTitle = " " + TagKeys.Fold(article.Title) + " ";
            tally.MergeSurnames(_nameParts, foldedTitle);
            var city = article.City is { } c ? TagKeys.Fold(c) : null;
            var source = article.Source is { } so ? TagKeys.Fold(so) : null;
            string[] excluded = city is null ? source is null ? [] : [source] : source is null ? [city] : [city, source];
            var candidates = tally.ToCandidates(foldedTitle, excluded, stop, leadEnd, _writtenSmall ??= WrittenSmall);
            return new TagFindings(candidates, [.. _definitions], [.. _nameParts], excluded);
        }

        private Func<string, bool>? _writtenSmall;

        /// <summary>
        /// A run too long to be a name is an office or body before one (<c>Kepala Dinas Lingkungan Hidup DKI Jakarta
        /// Andono Warih</c>): its last two words are a person's name when the article calls the person by that first
        /// name or surname elsewhere (<c>kata Andono</c>). A direction, a kind or a body word there ends a place or a
        /// body's name (<c>… DPRD Jawa Barat</c>) instead.
        /// </summary>
        private void NamesEndingLongRuns(List<Unit> units, Dictionary<string, int> unitCounts)
        {
            foreach (var (r, start, length) in _longSegments)
            {
                var run = _runs[r];
                var first = start + length - 2;
                string given = run.Key(first), surname = run.Key(first + 1);
                if (!unitCounts.ContainsKey(given) && !unitCounts.ContainsKey(surname)) continue;
                if (!IsNameWord(given) || !IsNameWord(surname)) continue;
                var unit = new Unit(r, first, 2, _cache.Joined(run.Keys, run.First + first, 2), false);
                units.Add(unit);
                unitCounts[unit.Key] = unitCounts.GetValueOrDefault(unit.Key) + 1;
            }
        }

        private static bool IsNameWord(string key) =>
            key.Length >= 2 && char.IsLetter(key[0]) && !KnownNames.Kinds.Contains(key) && !KnownNames.Parts.Contains(key) && !IsRomanNumeral(key);

        /// <summary>
        /// Records the nicknames a paragraph gives, in the two ways Indonesian newsrooms write them:
        /// <c>Emil --sapaan akrab Ridwan Kamil--</c>, <c>Ayu, sapaan akrab Aries Susanti Rahayu</c>, and
        /// <c>Aries Susanti Rahayu yang akrab disapa Ayu</c>, <c>Ridwan Kamil atau akrab disapa Emil</c>.
        /// </summary>
        private void FindNicknames(string text)
        {
            foreach (Match m in NicknameFirst().Matches(text)) _nicknamePhrases.Add((TagKeys.Fold(m.Groups["nick"].Value), TagKeys.Fold(m.Groups["full"].Value)));
            foreach (Match m in FullNameFirst().Matches(text)) _nicknamePhrases.Add((TagKeys.Fold(m.Groups["nick"].Value), TagKeys.Fold(m.Groups["full"].Value)));
        }

        /// <summary>
        /// A nickname counts for the full name it stands for, and never for itself: two tags for one person, or the
        /// nickname shown for them, is what an editor would not do. The full name is the longest stretch ending the
        /// phrase that the article names as a name (<c>Gubernur Jawa Barat Ridwan Kamil</c> → <c>Ridwan Kamil</c>); the
        /// nickname is the phrase or its last word (<c>Kang Emil</c> → <c>Emil</c>).
        /// </summary>
        private void ResolveNicknames(Dictionary<string, int> unitCounts)
        {
            foreach (var (nickPhrase, fullPhrase) in _nicknamePhrases)
            {
                // A full name has two words or more: "Pria yang akrab disapa Ibas" opens with a common noun.
                var full = LongestNamedEnding(fullPhrase, unitCounts);
                if (full is null || full.IndexOf(' ') < 0) continue;
                var nick = unitCounts.ContainsKey(nickPhrase) ? nickPhrase : nickPhrase[(nickPhrase.LastIndexOf(' ') + 1)..];
                if (nick == full || !unitCounts.ContainsKey(nick)) continue;
                _nicknames.TryAdd(nick, full);
            }
        }

        private static string? LongestNamedEnding(string phrase, Dictionary<string, int> unitCounts)
        {
            for (var start = 0; start >= 0; start = phrase.IndexOf(' ', start) is var space and >= 0 ? space + 1 : -1)
                if (phrase.IndexOf(' ', start) > 0 && unitCounts.ContainsKey(phrase[start..])) return phrase[start..];
            return null;
        }

        /// <summary>
        /// Whether the article names the words after a run's first word on their own too (<c>Shoigu</c> after
        /// <c>Rusia Sergei Shoigu</c>): then the first word is a name of its own before another name. A person
        /// introduced once in full and then by the first name (<c>Della Destiara Haris</c>, then <c>Della</c> nine
        /// times) is never named by the rest of the name alone, and stays one name.
        /// </summary>
        private bool RestNamedApart(Run run, Unit u, Dictionary<string, int> unitCounts)
        {
            for (var i = u.Start + 1; i < u.Start + u.Length; i++)
                if (unitCounts.ContainsKey(run.Key(i))) return true;
            return unitCounts.ContainsKey(_cache.Joined(run.Keys, run.First + u.Start + 1, u.Length - 1));
        }

        /// <summary>Whether the article also writes a name in lowercase, as a common noun: <c>gedung</c>, <c>surat keputusan</c>.</summary>
        private bool WrittenSmall(string spelling)
        {
            Span<char> lower = spelling.Length <= 256 ? stackalloc char[spelling.Length] : new char[spelling.Length];
            spelling.AsSpan().ToLowerInvariant(lower);
            return !lower.SequenceEqual(spelling) && AppearsAsWord(lower);
        }

        /// <summary>A stretch of run number <c>Run</c> that may be a tag: words <c>Start</c> to <c>Start + Length</c>.</summary>
        private readonly record struct Unit(int Run, int Start, int Length, string Key, bool IsAlias);

        private int FirstWord(Unit u) => _runs[u.Run].Position(u.Start);

        private void Split(int r, int start, List<Unit> units, TagStopWords stop, TagLexicon lexicon)
        {
            var run = _runs[r];
            var segment = start;
            for (var i = start; i <= run.Count; i++)
            {
                var key = i < run.Count ? run.Key(i) : null;
                var isStop = key is not null && stop.Contains(key);
                var isAlias = key is not null && !isStop && (_defined.ContainsKey(key) || lexicon.TryGetAlias(key, out _));
                if (key is not null && !isStop && !isAlias) continue;

                var length = i - segment;
                if (length > 0 && length <= MaxWords)
                    units.Add(new Unit(r, segment, length, _cache.Joined(run.Keys, run.First + segment, length), false));
                else if (length > MaxWords) _longSegments.Add((r, segment, length));
                if (isAlias) units.Add(new Unit(r, i, 1, key!, true));
                segment = i + 1;
            }
        }

        // The site's aliases win over the article's own.
        private void Count(Tally tally, Unit unit, TagLexicon lexicon)
        {
            var run = _runs[unit.Run];
            if (lexicon.TryGetAlias(unit.Key, out var canonical))
                tally.Add(canonical.Key, canonical.Display, FirstWord(unit), false, alias: unit.Key, fixedDisplay: true,
                    aliasSpelling: _cache.Joined(run.Words, run.First + unit.Start, unit.Length));
            else if (_nicknames.TryGetValue(unit.Key, out var fullName))
                tally.Add(fullName, null, FirstWord(unit), false, alias: unit.Key, aliasSpelling: _cache.Joined(run.Words, run.First + unit.Start, unit.Length), votes: false);
            else if (_defined.TryGetValue(unit.Key, out var longForm))
                tally.Add(longForm, null, FirstWord(unit), false, alias: unit.Key, aliasSpelling: _cache.Joined(run.Words, run.First + unit.Start, unit.Length));
            else
            {
                tally.Add(unit.Key, _cache.Joined(run.Words, run.First + unit.Start, unit.Length), run.Position(unit.Start), run.SentenceStart && unit.Start == 0);
            }
        }

        /// <summary>The keys from <c>start</c> to <c>end</c>, compared by value.</summary>
        private readonly struct KeySequence(string[] keys, int start, int end) : IEquatable<KeySequence>
        {
            private ReadOnlySpan<string> Span => keys.AsSpan(start, end - start);

            public bool Equals(KeySequence other) => Span.SequenceEqual(other.Span);
            public override bool Equals(object? obj) => obj is KeySequence other && Equals(other);

            public override int GetHashCode()
            {
                var hash = new HashCode();
                foreach (var key in Span) hash.Add(key);
                return hash.ToHashCode();
            }
        }

        /// <summary>
        /// Whether the article also writes a sentence's first word in lowercase: one vectorised search per word, asked
        /// only for the words that need it and remembered. The spelling searched for is that of the word's first
        /// sentence-start run.
        /// </summary>
        private sealed class LowercaseCheck(Scan scan)
        {
            private readonly Dictionary<string, string> _firstSpelling = new(StringComparer.Ordinal);
            private bool _firstSpellingRead;
            private readonly Dictionary<string, bool> _known = new(StringComparer.Ordinal);

            public void Clear()
            {
                _firstSpelling.Clear();
                _firstSpellingRead = false;
                _known.Clear();
            }

            public bool WrittenSmall(string key)
            {
                if (_known.TryGetValue(key, out var known)) return known;
                if (!_firstSpellingRead)
                {
                    _firstSpellingRead = true;
                    foreach (var run in scan._runs)
                        if (run.SentenceStart) _firstSpelling.TryAdd(run.Key(0), run.Word(0));
                }
                var spelling = _firstSpelling[key];
                var lower = spelling.ToLowerInvariant();
                return _known[key] = lower != spelling && scan.AppearsAsWord(lower);
            }
        }

        private bool AppearsAsWord(ReadOnlySpan<char> word)
        {
            var text = _text.AsSpan(0, _textLength);
            var from = 0;
            while (true)
            {
                var found = text[from..].IndexOf(word);
                if (found < 0) return false;
                var at = from + found;
                var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
                var after = at + word.Length == text.Length || !char.IsLetterOrDigit(text[at + word.Length]);
                if (before && after) return true;
                from = at + 1;
            }
        }
    }
}
