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
    // Held as UTF-8, as the article's summary is, and the same bytes when escaping changes nothing: every article's
    // view lives to the end of the build, and only the list pages and feeds that show it read it.
    private readonly Utf8Text _lead = Utf8Text.From(Lead);

    /// <summary>A view whose lead is <paramref name="lead"/> as it is held, escaped already.</summary>
    internal ArticleSummaryView(string title, string url, Utf8Text lead, string dateIso, string dateDisplay, string city, IReadOnlyList<LinkView> tags,
        LinkView? section) : this(title, url, "", dateIso, dateDisplay, city, tags, section) => _lead = lead;

    public string Lead { get => _lead.ToString(); init => _lead = Utf8Text.From(value); }

    /// <summary>
    /// Whether <paramref name="other"/> shows exactly what this view shows: every field equal, the tags link for link
    /// (a record compares its lists by reference).
    /// </summary>
    public bool SameAs(ArticleSummaryView other) => this with { Tags = other.Tags } == other && Tags.SequenceEqual(other.Tags);
}
