using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Language;

namespace SiteGen.Rendering;

/// <summary>
/// Gives the h2–h6 of a Markdown page body ids made from their text ("Sejarah Kafé Tua" → "sejarah-kafe-tua"),
/// so readers can link to a section. Ids depend only on the headings' text and order, so they survive rebuilds;
/// a repeated heading gets "-2", "-3", and ids reserved by the layout are never reused.
/// </summary>
/// <remarks>
/// The ids are set on Markdig's syntax tree before it is rendered, rather than by parsing the rendered HTML again:
/// that parse was the only use of an HTML parser in a build, and starting one cost a one-edit build ~0.4 s of CPU.
/// </remarks>
public static class HeadingIds
{
    /// <summary>Names every h2–h6 of <paramref name="document"/>, in document order.</summary>
    /// <param name="reservedIds">Ids the surrounding layout uses (e.g. "isi"), which a heading must not take.</param>
    public static void Assign(MarkdownDocument document, IEnumerable<string>? reservedIds = null)
    {
        var used = new HashSet<string>(reservedIds ?? [], StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Level < 2) continue;
            // A heading of only emoji or punctuation has no slug; its tag name still makes a valid, stable id.
            var slug = Slugs.From(TextOf(heading.Inline)) is { Length: > 0 } s ? s : $"h{heading.Level}";
            var id = slug;
            for (var n = 2; !used.Add(id); n++) id = $"{slug}-{n}";
            heading.GetAttributes().Id = id;
        }
    }

    /// <summary>The text a reader sees in a heading: its words, code and link texts, entities decoded.</summary>
    private static string TextOf(ContainerInline? inlines)
    {
        var text = new StringBuilder();
        Append(inlines, text);
        return text.ToString();
    }

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
            case CodeInline code: text.Append(code.Content); break;
            case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
            case AutolinkInline link: text.Append(link.Url); break;
            case HtmlInline html: text.Append(html.Tag); break;
            case LineBreakInline: text.Append('\n'); break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling) Append(child, text);
                break;
        }
    }
}
