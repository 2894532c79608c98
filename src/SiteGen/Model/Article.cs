namespace SiteGen.Model;

/// <summary>
/// One news article as the rest of the pipeline sees it: what the reader parsed, plus what inference added.
/// Immutable; later stages use <c>with</c> to fill in date, tags and URL.
/// </summary>
public sealed record Article
{
    /// <summary>Path relative to the site root with forward slashes, e.g. <c>seeds/000_x.txt</c>. The stable key of the article.</summary>
    public required string SourcePath { get; init; }
    /// <summary>The headline. Held as UTF-8 (<see cref="TitleText"/>) and a string again each time it is read, as the
    /// <see cref="Summary"/> is: every record lives to the end of the build, and the lists print it from their views.</summary>
    public required string Title { get => _title.Value ?? ""; init => _title = Utf8Text.From(value); }
    /// <summary>The <see cref="Title"/> as it is held, for a view that prints it as it is.</summary>
    internal Utf8Text TitleText => _title;
    private readonly Utf8Text _title;
    /// <summary>The first paragraph without its dateline; empty once <see cref="Summary"/> is set, which is all that needed it.</summary>
    public string Lead { get; init; } = "";
    /// <summary>
    /// What lists, feeds and meta descriptions show for the article (<c>ArticleSummary.Of</c>), set by inference so the
    /// whole lead need not be kept: it is the largest field and lived until the last page was written. Held as UTF-8
    /// (<see cref="SummaryText"/>), and a string again each time it is read.
    /// </summary>
    public string? Summary { get => SummaryText.Value; init => SummaryText = Utf8Text.From(value); }
    /// <summary>The <see cref="Summary"/> as it is held, for a view that prints it as it is.</summary>
    internal Utf8Text SummaryText { get; private init; }
    /// <summary>All paragraphs in order; the first is <see cref="Lead"/>.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
    public string? City { get; init; }
    /// <summary>
    /// The portal or agency the article comes from, as its dateline writes it (<c>KOMPAS.com</c>, <c>TEMPO.CO</c>,
    /// <c>ANTARA</c>, <c>iNews.id</c>); null when the dateline names none. Tags leave it out.
    /// </summary>
    public string? Source { get; init; }
    public string? Editor { get; init; }
    public int WordCount { get; init; }
    public int ReadingMinutes { get; init; }
    public bool Draft { get; init; }
    /// <summary>
    /// A title and no body text (none in the file, or none left once scraper cruft was removed): left out of the site
    /// unless front matter says <c>draft: false</c>, and listed by <c>sitegen list</c> with why.
    /// </summary>
    public bool Blank { get; init; }
    /// <summary>The repairs made to the text while reading it (<c>sitegen list</c>'s repairs, the build's summary line).</summary>
    public TextRepairs Repairs { get; init; }

    /// <summary>Slug requested by front matter or the table; inference keeps it if valid.</summary>
    public string? SlugOverride { get; init; }
    /// <summary>The article's own part of its <see cref="Url"/>, unique once inference has settled collisions.</summary>
    /// <remarks>
    /// Held once, inside the URL, whenever the URL ends with it (every permalink pattern that ends with <c>{slug}</c>,
    /// the defaults among them): each article's record lives to the end of the build, and its slug as a string of its
    /// own was 33 MB at 250,000 articles. Each setter keeps the other's value, so the order they are set in, in a
    /// <c>with</c> or an initializer, does not matter, and records holding the same values hold the same fields.
    /// </remarks>
    public string Slug
    {
        get => _slug ?? LastSegment(_url).ToString();
        init => _slug = LastSegment(_url).SequenceEqual(value) ? null : value;
    }
    /// <summary>Root-relative URL path with a trailing slash, e.g. <c>/2023/07/27/ngeri-rusia/</c>.</summary>
    public string Url
    {
        get => _url;
        init
        {
            var slug = Slug;
            _url = value;
            _slug = LastSegment(value).SequenceEqual(slug) ? null : slug;
        }
    }

    // Null exactly when the slug is the URL's last segment, so equal records hold equal fields.
    private readonly string? _slug;
    private readonly string _url = "";

    /// <summary>What follows the last-but-one slash of a URL that ends with one; empty for any other URL.</summary>
    private static ReadOnlySpan<char> LastSegment(string url)
    {
        if (url.Length < 2 || url[^1] != '/') return [];
        var start = url.LastIndexOf('/', url.Length - 2) + 1;
        return url.AsSpan(start, url.Length - 1 - start);
    }

    public DateOnly? Date { get; init; }
    public ValueSource DateSource { get; init; }
    /// <summary>For a date read from the text: how often such a reading was within a day of the truth (0–1).</summary>
    public double? DateConfidence { get; init; }
    /// <summary>For a date read from the text: what it rests on, e.g. <c>numeric/attributed/body 16/9/2019, agrees</c>.</summary>
    public string? DateReason { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public ValueSource TagSource { get; init; }
    public string? Section { get; init; }
    public ValueSource SectionSource { get; init; }
    /// <summary>For a section the classifier chose, the words that decided it, strongest first (<c>sitegen list</c>).</summary>
    public IReadOnlyList<string> SectionWords { get; init; } = [];

    /// <summary>Front-matter values as written (already validated by the reader), for inference to prefer over the text.</summary>
    public FrontMatterValues FrontMatter { get; init; } = FrontMatterValues.Empty;

    /// <summary>Whether <paramref name="other"/> holds exactly what this article holds: every field equal, its lists and
    /// front matter item by item (a record compares lists by reference).</summary>
    public bool SameAs(Article other) =>
        this with { Paragraphs = other.Paragraphs, Tags = other.Tags, SectionWords = other.SectionWords, FrontMatter = other.FrontMatter } == other
        && Paragraphs.SequenceEqual(other.Paragraphs) && Tags.SequenceEqual(other.Tags) && SectionWords.SequenceEqual(other.SectionWords)
        && FrontMatter.SameAs(other.FrontMatter);
}
