using System.Runtime.InteropServices;

namespace SiteGen.Inference;

/// <summary>
/// The corpus step that picks each article's tags from its candidates, weighing them by what they mean in the archive.
/// </summary>
/// <remarks>
/// A candidate is no tag when:
/// <list type="bullet">
/// <item>no article names it in mid-sentence (a capital that is grammar: <c>Pertandingan</c>);</item>
/// <item>at least a quarter of the articles naming it (where it could be a tag) also write it in lowercase (<see cref="CommonNounShare"/>): a common noun
/// capitalised by habit (<c>Gedung</c>, <c>Surat Keputusan</c>, <c>Negara</c>);</item>
/// <item>the archive is large enough to weigh (<see cref="MinArchiveToWeigh"/>) and more than
/// <see cref="TooCommonShare"/> of its articles name it: in an Indonesian archive <c>Indonesia</c> tells a reader nothing;</item>
/// <item>the story only mentions it in passing: it must be in the title, or in the lead and named again, or named
/// <see cref="MinMentions"/> times; and a name more than <see cref="CommonShare"/> of the archive names (<c>KPK</c> in
/// a year of KPK news) must be in the title: the more of the archive names something, the more central it must be to
/// say what a story is about.</item>
/// </list>
/// score = (mentions + 2 for the title + 1 for the lead) × ln(1 + articles / articles naming it). The best
/// <c>tags.max</c> are kept, never two for one entity (one's words within the other's: <c>Jakarta</c> beside
/// <c>Jakarta Selatan</c> keeps the better). In an archive large enough to weigh, tags other articles share come first: a
/// name no other article is tagged with is kept only as the story's one tag when it shares none, so that tag pages list
/// more than one story and every story keeps its main subject. Ties go to the phrase named first, then to the key in
/// ordinal order, so the result never depends on thread timing.
/// </remarks>
public static class TagRanking
{
    public const int TitleBonus = 2;
    public const int LeadBonus = 1;
    public const int MinMentions = 3;
    public const int MinArchiveToWeigh = 50;
    public const double TooCommonShare = 0.10;
    /// <summary>A name more of the archive's articles name than this is a tag only where the title names it.</summary>
    public const double CommonShare = 0.05;
    public const double CommonNounShare = 0.25;

    /// <summary>Why a candidate is not a tag, or <see cref="Kept"/>; <c>sitegen tags</c> counts them.</summary>
    public enum Verdict { Kept, NoName, SentenceStartOnly, CommonNoun, TooCommon, InPassing }

    /// <param name="figures">Each key's figures over <paramref name="candidates"/>, each article's counted in by <see cref="CountFigures"/>.</param>
    public static IReadOnlyList<TagCandidate>[] Rank(IReadOnlyList<IReadOnlyList<TagCandidate>> candidates, int max, Dictionary<string, KeyFigures> figures)
    {
        var n = candidates.Count;
        var weigh = n >= MinArchiveToWeigh;
        var result = new IReadOnlyList<TagCandidate>[n];
        if (max <= 0)
        {
            Array.Fill(result, []);
            return result;
        }

        // First: each article's qualified candidates, best first.
        var qualified = new List<(TagCandidate Candidate, double Score)>[n];
        Parallel.For(0, n, i => qualified[i] = Qualified(candidates[i], n, figures, weigh));
        if (!weigh)
        {
            for (var i = 0; i < n; i++) result[i] = Pick(qualified[i], max, null);
            return result;
        }

        // Then prefer shared tags: a key counts as shared while at least two articles would carry it. Articles that lose
        // their only tags to this change the counts, so the counts are taken again once from the first picks.
        var sharedBy = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var list in qualified)
            foreach (var (c, _) in list) sharedBy[c.Key] = sharedBy.GetValueOrDefault(c.Key) + 1;
        for (var round = 0; round < 2; round++)
        {
            var counts = sharedBy;
            Parallel.For(0, n, i => result[i] = Pick(qualified[i], max, counts));
            var next = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var tags in result)
                foreach (var c in tags) next[c.Key] = next.GetValueOrDefault(c.Key) + 1;
            var same = next.Count == sharedBy.Count;
            if (same)
                foreach (var (key, count) in next)
                    if (sharedBy.GetValueOrDefault(key) != count) { same = false; break; }
            if (same) break;
            sharedBy = next;
        }
        return result;
    }

    /// <summary>How many articles name a key, how many also write it in lowercase, and whether any names it in mid-sentence.</summary>
    public struct KeyFigures
    {
        public int Articles;
        public int MayBeTag;
        public int WrittenSmall;
        public bool SeenMidSentence;
    }

    /// <summary>Adds one article's candidates to <paramref name="keys"/>' figures. They read only a candidate's key, counts and
    /// where it is written, never its display.</summary>
    public static void CountFigures(Dictionary<string, KeyFigures> keys, IReadOnlyList<TagCandidate> article)
    {
        foreach (var c in article)
        {
            ref var figures = ref CollectionsMarshal.GetValueRefOrAddDefault(keys, c.Key, out _);
            figures.Articles++;
            if (MayBeCentral(c.Count, c.InTitle, c.InLead))
            {
                figures.MayBeTag++;
                if (c.WrittenSmall) figures.WrittenSmall++;
            }
            figures.SeenMidSentence |= !c.OnlyAtSentenceStart;
        }
    }

    /// <summary>Whether a candidate may be a tag at all, and if not, why.</summary>
    public static Verdict Judge(TagCandidate c, int articles, KeyFigures figures, bool weigh)
    {
        if (c.Display.Length == 0) return Verdict.NoName;
        if (c.DisplayFixed) return Central(c) ? Verdict.Kept : Verdict.InPassing; // the site named it: only how central it is counts
        if (!figures.SeenMidSentence) return Verdict.SentenceStartOnly;
        if (figures.MayBeTag > 0 && figures.WrittenSmall >= CommonNounShare * figures.MayBeTag) return Verdict.CommonNoun;
        if (weigh && figures.Articles > TooCommonShare * articles) return Verdict.TooCommon;
        // The more of the archive names something, the more central it must be: both the headline and the lead.
        if (weigh && figures.Articles > CommonShare * articles && !(c.InTitle && c.InLead)) return Verdict.InPassing;
        return Central(c) ? Verdict.Kept : Verdict.InPassing;
    }

    private static bool Central(TagCandidate c) => c.InTitle || (c.InLead && c.Count >= 2) || c.Count >= MinMentions;

    /// <summary>
    /// Whether one article's mentions could make a name central once the archive counts other forms in: it is named
    /// twice, or in the title (the <paramref name="inLead"/> of a name named once is not enough). Only such names are looked up in lowercase (<see cref="TagCandidate.WrittenSmall"/>).
    /// </summary>
    public static bool MayBeCentral(int count, bool inTitle, bool inLead) => count >= 2 || inTitle;

    private static List<(TagCandidate, double)> Qualified(IReadOnlyList<TagCandidate> candidates, int articles, Dictionary<string, KeyFigures> keys, bool weigh)
    {
        var scored = new List<(TagCandidate Candidate, double Score)>();
        foreach (var c in candidates)
        {
            var figures = keys[c.Key];
            if (Judge(c, articles, figures, weigh) != Verdict.Kept) continue;
            var rarity = Math.Log(1.0 + (double)articles / figures.Articles);
            scored.Add((c, (c.Count + (c.InTitle ? TitleBonus : 0) + (c.InLead ? LeadBonus : 0)) * rarity));
        }
        scored.Sort((a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            if (byScore != 0) return byScore;
            return a.Candidate.FirstWord != b.Candidate.FirstWord
                ? a.Candidate.FirstWord.CompareTo(b.Candidate.FirstWord)
                : string.CompareOrdinal(a.Candidate.Key, b.Candidate.Key);
        });
        return scored;
    }

    /// <param name="sharedBy">How many articles carry each key, or null when sharing is not weighed.</param>
    private static IReadOnlyList<TagCandidate> Pick(List<(TagCandidate Candidate, double Score)> qualified, int max, Dictionary<string, int>? sharedBy)
    {
        if (qualified.Count == 0) return [];
        var tags = new List<TagCandidate>(Math.Min(max, qualified.Count));
        foreach (var (c, _) in qualified)
        {
            if (tags.Count == max) break;
            if (sharedBy is not null && sharedBy.GetValueOrDefault(c.Key) < 2) continue;
            if (!OverlapsAny(c, tags)) tags.Add(c);
        }
        if (sharedBy is not null && HeadlineSubject(qualified, tags) is { } subject)
        {
            if (tags.Count == max) tags.RemoveAt(tags.Count - 1);
            tags.Insert(0, subject);
        }
        // The story's main subject, even when no other story shares it.
        if (tags.Count == 0) tags.Add(qualified[0].Candidate);
        return tags;
    }

    /// <summary>
    /// A name the headline gives and the body repeats is what the story is about, however few other stories name it
    /// (<c>Duterte Beri Rp268 Juta …</c>, <c>… Sri Mulyani: Kita Pelajari</c>): when none of the shared tags is in the
    /// headline, the best such name is kept too, first. A title word the body never repeats may be a passing nod or a
    /// nickname and is weighed as any other.
    /// </summary>
    public static bool IsTitleSubject(TagCandidate c) =>
        c.InTitle && c.Count >= TitleSubjectMentions && (c.Key.Contains(' ') || IsCapitals(c.Display)) && (c.TitleAt >= 0 || IsPersonName(c.Display));

    // A headline may name a person by the surname alone (Duterte for Rodrigo Duterte); a longer run it names only by a
    // word at its end (Kompi KPK by KPK, Tottenham Hotspur Mauricio Pochettino by Pochettino) is no person's name.
    private static bool IsPersonName(string display)
    {
        var words = display.Split(' ');
        if (words.Length is < 2 or > 3) return false;
        foreach (var w in words)
        {
            if (w.Length < 2 || !char.IsUpper(w[0])) return false;
            for (var i = 1; i < w.Length; i++) if (!char.IsLower(w[i])) return false;
        }
        return true;
    }

    // One word in a headline is often a piece of a longer name (Madrid, City) or a nickname; a name of two words or
    // more, or an abbreviation or brand in capitals (HTC), is the subject itself.
    private static bool IsCapitals(string display)
    {
        if (display.Length < 2) return false;
        foreach (var ch in display) if (char.IsLower(ch)) return false;
        return true;
    }

    /// <summary>
    /// The headline's subject when the shared tags left it out: with no picked tag in the headline, the first name the
    /// headline gives and the body repeats (its grammatical subject: <c>MNC Sekuritas Resmikan Galeri Investasi BEI</c>);
    /// else such a name the body repeats more than twice as often as any picked tag the headline gives
    /// (<c>Melchias Mekeng</c>, 17 times, beside <c>BPK</c>, twice). Null when the picked tags already hold it.
    /// </summary>
    private static TagCandidate? HeadlineSubject(List<(TagCandidate Candidate, double Score)> qualified, List<TagCandidate> tags)
    {
        var pickedInTitle = -1; // the most mentions of a picked tag the headline gives
        foreach (var t in tags)
            if (t.InTitle) pickedInTitle = Math.Max(pickedInTitle, t.Count);
        TagCandidate? subject = null;
        foreach (var (c, _) in qualified)
        {
            if (!IsTitleSubject(c) || tags.Contains(c)) continue;
            var better = subject is null || (pickedInTitle < 0 ? HeadlineOrder(c) < HeadlineOrder(subject) : c.Count > subject.Count);
            if (better) subject = c;
        }
        if (subject is null || OverlapsAny(subject, tags)) return null;
        // Beside a picked headline name, only a subject the body names far more often: twice as often and more, and at
        // least MinMentions times.
        if (pickedInTitle >= 0 && (subject.Count <= 2 * pickedInTitle || subject.Count < MinMentions)) return null;
        return subject;
    }

    // A candidate whose place in the title is unknown (made without one) comes after those whose place is known.
    private static int HeadlineOrder(TagCandidate c) => c.TitleAt < 0 ? int.MaxValue : c.TitleAt;

    /// <summary>How often the body must name a title's name for it to be the story's subject.</summary>
    public const int TitleSubjectMentions = 2;

    /// <summary>Whether one candidate's words are all among another's already picked: two tags for one entity.</summary>
    private static bool OverlapsAny(TagCandidate c, List<TagCandidate> picked)
    {
        foreach (var p in picked)
        {
            if (WordsWithin(c.Key, p.Key) || WordsWithin(p.Key, c.Key)) return true;
            // The shown forms too: "KPK" (Komisi Pemberantasan Korupsi) beside "Dewan Pengawas KPK".
            if (WordsWithin(c.Display, p.Display, ignoreCase: true) || WordsWithin(p.Display, c.Display, ignoreCase: true)) return true;
        }
        return false;
    }

    /// <summary>Whether every space-separated word of <paramref name="inner"/> is a word of <paramref name="outer"/>.</summary>
    private static bool WordsWithin(string inner, string outer, bool ignoreCase = false)
    {
        if (inner.Length > outer.Length) return false;
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var word in inner.AsSpan().Split(' '))
        {
            var w = inner.AsSpan(word);
            var found = false;
            foreach (var other in outer.AsSpan().Split(' '))
                if (outer.AsSpan(other).Equals(w, comparison)) { found = true; break; }
            if (!found) return false;
        }
        return true;
    }
}
