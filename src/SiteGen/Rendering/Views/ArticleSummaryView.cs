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

    public string Title { get => _title.ToString(); init => _title = Utf8Text.From(value); }
    public string Lead { get => _lead.ToString(); init => _lead = Utf8Text.From(value); }

    /// <summary>
    /// Whether <paramref name="other"/> shows exactly what this view shows: every field equal, the tags link for link
    /// (a record compares its lists by reference).
    /// </summary>
    public bool SameAs(ArticleSummaryView other) => this with { Tags = other.Tags } == other && Tags.SequenceEqual(other.Tags);
}
