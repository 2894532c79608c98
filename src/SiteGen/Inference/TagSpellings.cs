using System.Runtime.InteropServices;

namespace SiteGen.Inference;

/// <summary>
/// The form each tag is shown in across the archive: the one most of its articles write, so that one tag reads the
/// same on every page (<c>Korea Utara</c>, never <c>KOREA UTARA</c> here and <c>Korea utara</c> there), and in the form
/// editors use. Each article votes once per tag, with its mentions: for the abbreviation or nickname when it writes that
/// more often than the name, else for the name. An archive where most stories write <c>KPK</c> alone shows <c>KPK</c>; one whose stories
/// introduce <c>Korea Utara (Korut)</c> each time shows <c>Korea Utara</c>. Parts of a name (<c>Trump</c>) never vote.
/// Ties go to the ordinal first spelling, so the choice does not depend on the order of the articles.
/// </summary>
public sealed class TagSpellings
{
    private readonly Dictionary<string, string> _display = new(StringComparer.Ordinal);
    // The few keys written more than one way: only their candidates may need another display. A small table stays in
    // the processor's cache, where a look-up in the big one would not.
    private readonly Dictionary<string, string> _respelled = new(StringComparer.Ordinal);

    /// <summary>Mentions per spelling of one key; most keys are spelled one way, which needs no dictionary.</summary>
    private sealed class Votes(string spelling, int count)
    {
        public readonly string First = spelling;
        public int FirstCount = count;
        public Dictionary<string, int>? All;

        public void Add(string spelling, int count)
        {
            if (All is null && spelling == First) { FirstCount += count; return; }
            All ??= new Dictionary<string, int>(StringComparer.Ordinal) { [First] = FirstCount };
            All[spelling] = All.GetValueOrDefault(spelling) + count;
        }

        public string Winner()
        {
            if (All is null) return First;
            string? best = null;
            var bestCount = 0;
            foreach (var (spelling, count) in All)
                if (count > bestCount || (count == bestCount && string.CompareOrdinal(spelling, best) < 0)) (best, bestCount) = (spelling, count);
            return best!;
        }
    }

    /// <summary>Articles that must write an abbreviation or nickname without its name before it may be shown (<c>KPK</c>, <c>Jokowi</c>).</summary>
    public const int MinArticlesAlone = 2;

    private TagSpellings(Dictionary<string, Votes> votes, HashSet<string> otherForms)
    {
        _display.EnsureCapacity(votes.Count);
        foreach (var (key, v) in votes)
        {
            _display[key] = v.Winner();
            if (v.All is not null || otherForms.Contains(key)) _respelled[key] = _display[key];
        }
    }

    /// <summary>
    /// The archive's votes, each article's candidates added one by one: the caller reads them for more than the
    /// spellings (<see cref="TagExtraction.Choose"/> counts the ranking's figures in the same pass).
    /// </summary>
    public sealed class Tally
    {
        // A short form is shown only when articles write it on its own: one every story introduces (Korea Utara (Korut))
        // is known by its name. Few candidates carry a short form, so they wait in a list until all are counted.
        private readonly Dictionary<string, Votes> _votes = new(StringComparer.Ordinal);
        private readonly List<TagCandidate> _withShortForm = [];
        private readonly HashSet<(string Key, string Form)> _alone = [];
        private readonly HashSet<(string Key, string Form)> _aloneTwice = [];
        private readonly HashSet<string> _otherForms = new(StringComparer.Ordinal); // keys some article writes in another form
        private bool _counted;

        public void Add(IReadOnlyList<TagCandidate> candidates)
        {
            foreach (var c in candidates)
            {
                if (c.DisplayFixed) continue;
                if (c.ShortForm is { } form)
                {
                    _withShortForm.Add(c);
                    _otherForms.Add(c.Key);
                    if (c.Display.Length == 0 && !_alone.Add((c.Key, form))) _aloneTwice.Add((c.Key, form));
                    continue;
                }
                if (c.Display.Length == 0)
                {
                    _otherForms.Add(c.Key);
                    continue;
                }
                Vote(_votes, c.Key, c.Display, c.Count);
            }
        }

        /// <summary>The spellings the articles added vote for; once, after the last <see cref="Add"/>.</summary>
        public TagSpellings Spellings()
        {
            if (_counted) throw new InvalidOperationException("the tally was already counted");
            _counted = true;
            // Short forms count now that it is known which ones two articles write alone.
            foreach (var c in _withShortForm)
            {
                var vote = _aloneTwice.Contains((c.Key, c.ShortForm!)) ? c.ShortForm! : c.Display;
                if (vote.Length > 0) Vote(_votes, c.Key, vote, c.Count);
            }
            return new TagSpellings(_votes, _otherForms);
        }
    }

    private static void Vote(Dictionary<string, Votes> votes, string key, string spelling, int mentions)
    {
        ref var v = ref CollectionsMarshal.GetValueRefOrAddDefault(votes, key, out var seen);
        if (seen) v!.Add(spelling, mentions);
        else v = new Votes(spelling, mentions);
    }

    /// <summary>The archive's spelling of a key, or null when no article spells it out.</summary>
    public string? For(string key) => _display.GetValueOrDefault(key);

    /// <summary>
    /// The candidates with the archive's spellings; displays fixed by the site's aliases stay. A candidate no article
    /// spells out (only ever a part of a name) keeps an empty display, which ranking leaves out.
    /// </summary>
    public IReadOnlyList<TagCandidate> Apply(IReadOnlyList<TagCandidate> candidates)
    {
        TagCandidate[]? result = null; // copied only when some display changes
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.DisplayFixed) continue;
            string? display;
            if (c.Display.Length == 0) display = For(c.Key);
            else if (!_respelled.TryGetValue(c.Key, out display)) continue;
            if (display is null || display == c.Display) continue;
            if (result is null)
            {
                result = new TagCandidate[candidates.Count];
                for (var j = 0; j < i; j++) result[j] = candidates[j];
            }
            // The article's own spelling is one of the tag's forms: "Komisi Pemberantasan Korupsi" under "KPK".
            result[i] = c with { Display = display, Forms = c.Display.Length == 0 || (c.Forms?.Contains(c.Display) ?? false) ? c.Forms : [.. c.Forms ?? [], c.Display] };
        }
        if (result is null) return candidates;
        for (var i = 0; i < result.Length; i++) result[i] ??= candidates[i];
        return result;
    }
}
