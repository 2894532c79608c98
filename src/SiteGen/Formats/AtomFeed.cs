using System.Xml;

namespace SiteGen.Formats;

/// <summary>One entry of an Atom feed. Text is plain (not HTML); links are absolute.</summary>
/// <param name="Id">Stable between builds, e.g. <c>tag:example.org,2023-07-27:/2023/07/27/ngeri/</c>.</param>
/// <param name="Author">The editor; null leaves the entry to the feed's author.</param>
public sealed record AtomEntry(string Id, string Title, string Link, DateOnly Updated, string Summary, string? Author, IReadOnlyList<string> Categories);

/// <summary>
/// An Atom 1.0 feed (RFC 4287), written with <see cref="XmlWriter"/> so every value is escaped by the XML writer rather
/// than by a template. Nothing in it comes from the clock: <see cref="Updated"/> is the newest article's date.
/// </summary>
public sealed record AtomFeed(
    string Id,
    string Title,
    string Subtitle,
    string Language,
    string SelfLink,
    string AlternateLink,
    DateOnly Updated,
    string Author,
    IReadOnlyList<AtomEntry> Entries)
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    public string ToXml() => XmlOutput.Text(WriteXml);

    /// <summary>The feed as UTF-8 bytes, written into <paramref name="target"/> (<see cref="XmlOutput.Write(Stream, Action{XmlWriter})"/>).</summary>
    public void WriteXml(Stream target) => XmlOutput.Write(target, w =>
    {
        w.WriteStartDocument();
        w.WriteStartElement("feed", Namespace);
        w.WriteAttributeString("xml", "lang", null, XmlOutput.Clean(Language));
        w.WriteElementString("id", Namespace, Id);
        Text(w, "title", Title);
        if (Subtitle.Length > 0) Text(w, "subtitle", Subtitle);
        Link(w, "self", SelfLink, "application/atom+xml");
        Link(w, "alternate", AlternateLink, "text/html");
        w.WriteElementString("updated", Namespace, XmlOutput.Instant(Updated));
        Person(w, Author);
        w.WriteElementString("generator", Namespace, "SiteGen");
        foreach (var e in Entries) Entry(w, e);
        w.WriteEndElement();
        w.WriteEndDocument();
    });

    private static void Entry(XmlWriter w, AtomEntry e)
    {
        w.WriteStartElement("entry", Namespace);
        w.WriteElementString("id", Namespace, e.Id);
        Text(w, "title", e.Title);
        Link(w, "alternate", e.Link, "text/html");
        w.WriteElementString("published", Namespace, XmlOutput.Instant(e.Updated));
        w.WriteElementString("updated", Namespace, XmlOutput.Instant(e.Updated));
        if (e.Author is { Length: > 0 } author) Person(w, author);
        foreach (var c in e.Categories)
        {
            w.WriteStartElement("category", Namespace);
            w.WriteAttributeString("term", XmlOutput.Clean(c));
            w.WriteEndElement();
        }
        if (e.Summary.Length > 0) Text(w, "summary", e.Summary);
        w.WriteEndElement();
    }

    private static void Text(XmlWriter w, string element, string text)
    {
        w.WriteStartElement(element, Namespace);
        w.WriteAttributeString("type", "text");
        w.WriteString(XmlOutput.Clean(text));
        w.WriteEndElement();
    }

    private static void Link(XmlWriter w, string rel, string href, string type)
    {
        w.WriteStartElement("link", Namespace);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    private static void Person(XmlWriter w, string name)
    {
        w.WriteStartElement("author", Namespace);
        w.WriteElementString("name", Namespace, XmlOutput.Clean(name));
        w.WriteEndElement();
    }
}
