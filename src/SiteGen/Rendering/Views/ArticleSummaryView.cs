using SiteGen.Model;

namespace SiteGen.Rendering.Views;

/// <summary>What a list page shows of an article. Built once per article and shared by every list it appears in.</summary>
public sealed record ArticleSummaryView(
    string Title,
    string Url,
    string Lead,
    string DateIso,
    string DateDisplay,
    string City,
    IReadOnlyList<LinkView> Tags,
    LinkView? Section = null)
{
    // Held as UTF-8, as the article's title and summary are, and the same bytes when escaping changes nothing: every
    // article's view lives to the end of the build, and only the pages and feeds that show it read it.
    private readonly Utf8Text _title = Utf8Text.From(Title);
    private readonly Utf8Text _lead = Utf8Text.From(Lead);

    /// <summary>A view whose title and lead are <paramref name="title"/> and <paramref name="lead"/> as they are held, escaped already.</summary>
    internal ArticleSummaryView(Utf8Text title, string url, Utf8Text lead, string dateIso, string dateDisplay, string city, IReadOnlyList<LinkView> tags,
        LinkView? section) : this("", url, "", dateIso, dateDisplay, city, tags, section)
    {
        _title = title;
        _lead = lead;
    }

    // What the view's fingerprint is, once a page asked (ViewFingerprints). Its equality is always true, so two views
    // are equal whether or not either was asked, and a copy made by `with` starts without it (the constructor below).
    private FingerprintMemo _fingerprint;

    // The copy a `with` makes: every field but the fingerprint, which is worked out again for what the copy shows.
    private ArticleSummaryView(ArticleSummaryView original)
    {
        _title = original._title;
        Url = original.Url;
        _lead = original._lead;
        DateIso = original.DateIso;
        DateDisplay = original.DateDisplay;
        City = original.City;
        Tags = original.Tags;
        Section = original.Section;
    }

    /// <summary>
    /// The view's fingerprint, worked out by <paramref name="compute"/> the first time it is asked. Held by the view,
    /// not in a table beside it: a weak table held a box and a dependent handle for each of 250,000 views (and the
    /// collector visited every handle at each collection), and the dev server's rebuild, which keeps unchanged views as
    /// they are, keeps their fingerprints with them. Threads that ask at once work out and write the same value.
    /// </summary>
    internal Hash128 Fingerprint(Func<ArticleSummaryView, Hash128> compute)
    {
        if (Volatile.Read(ref _fingerprint.Known)) return _fingerprint.Value;
        _fingerprint.Value = compute(this);
        Volatile.Write(ref _fingerprint.Known, true);
        return _fingerprint.Value;
    }

    /// <summary>A memo that never makes two views unequal: what a view shows decides its equality, not what was asked of it.</summary>
    private struct FingerprintMemo : IEquatable<FingerprintMemo>
    {
        public Hash128 Value;
        public bool Known;
        public readonly bool Equals(FingerprintMemo other) => true;
        public override readonly bool Equals(object? obj) => obj is FingerprintMemo;
        public override readonly int GetHashCode() => 0;
    }

    public string Title { get => _title.ToString(); init => _title = Utf8Text.From(value); }
    public string Lead { get => _lead.ToString(); init => _lead = Utf8Text.From(value); }

    /// <summary>
    /// Whether <paramref name="other"/> shows exactly what this view shows: every field equal, the tags link for link
    /// (a record compares its lists by reference).
    /// </summary>
    public bool SameAs(ArticleSummaryView other) => this with { Tags = other.Tags } == other && Tags.SequenceEqual(other.Tags);
}
