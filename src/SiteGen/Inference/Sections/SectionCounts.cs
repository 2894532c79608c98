namespace SiteGen.Inference.Sections;

/// <summary>
/// What the section classifier learns: for each section (by slug), how many articles taught it and how often each word
/// occurred in them. Counts are whole numbers, so adding the same articles in any order gives the same table. The
/// built-in model is such a table (<see cref="SectionModelFile"/>); a build adds its own labelled articles and the
/// site's seed words to it before classifying (<see cref="SectionClassifier"/>).
/// </summary>
public sealed class SectionCounts
{
    private readonly List<string> _sections = [];
    private readonly List<long> _articles = [];
    private readonly Dictionary<string, List<long>> _words = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Sections => _sections;

    public int IndexOf(string slug) => _sections.IndexOf(slug);

    /// <summary>The index of the section, added (with nothing learnt yet) when new.</summary>
    public int Section(string slug)
    {
        var i = _sections.IndexOf(slug);
        if (i >= 0) return i;
        _sections.Add(slug);
        _articles.Add(0);
        foreach (var counts in _words.Values) counts.Add(0);
        return _sections.Count - 1;
    }

    public long Articles(int section) => _articles[section];

    public int WordCount => _words.Count;

    public IEnumerable<string> Words => _words.Keys;

    public long Count(string word, int section) => _words.TryGetValue(word, out var counts) ? counts[section] : 0;

    /// <summary>How often the word occurred in all sections together.</summary>
    public long Total(string word)
    {
        if (!_words.TryGetValue(word, out var counts)) return 0;
        long total = 0;
        foreach (var n in counts) total += n;
        return total;
    }

    /// <summary>One article of the section: every word of its bag, <paramref name="weight"/> times.</summary>
    public void AddArticle(int section, WordBag bag, int weight = 1)
    {
        _articles[section] += weight;
        for (var i = 0; i < bag.Count; i++) AddWord(section, bag.Words[i], (long)bag.Counts[i] * weight);
    }

    public void AddArticles(int section, long articles) => _articles[section] += articles;

    public void AddWord(int section, string word, long count)
    {
        if (count == 0) return;
        if (!_words.TryGetValue(word, out var counts))
        {
            counts = new List<long>(_sections.Count);
            for (var s = 0; s < _sections.Count; s++) counts.Add(0);
            _words.Add(word, counts);
        }
        counts[section] += count;
    }

    /// <summary>
    /// What <paramref name="other"/> learnt about the sections <paramref name="include"/> picks, each count times
    /// <paramref name="weight"/>, under the same slugs.
    /// </summary>
    public void Add(SectionCounts other, Func<string, bool> include, int weight = 1)
    {
        var map = new int[other._sections.Count];
        for (var s = 0; s < map.Length; s++)
        {
            map[s] = include(other._sections[s]) ? Section(other._sections[s]) : -1;
            if (map[s] >= 0) _articles[map[s]] += other._articles[s] * weight;
        }
        foreach (var (word, counts) in other._words)
            for (var s = 0; s < counts.Count; s++)
                if (map[s] >= 0) AddWord(map[s], word, counts[s] * weight);
    }

    /// <summary>Forgets the words <paramref name="drop"/> picks (a model to ship keeps only words seen in several articles).</summary>
    public void RemoveWords(Func<string, bool> drop)
    {
        foreach (var word in _words.Keys.Where(drop).ToList()) _words.Remove(word);
    }
}
