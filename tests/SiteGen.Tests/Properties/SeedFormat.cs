using System.Text;
using SiteGen.Model;

namespace SiteGen.Tests.Properties;

/// <summary>
/// Writes a parsed article back in the seed format, so the parser can be checked to read its own output the same.
/// </summary>
/// <remarks>
/// What the text alone cannot carry goes into front matter: a title of <c>---</c> would open a block, and an editor
/// longer than the editor line allows would read as a paragraph. The text still has every line the parser expects:
/// a title line, the lead behind an empty dateline (<c>- </c>, so a lead that itself starts like a dateline keeps it),
/// the paragraphs, and an editor line that protects a last paragraph which looks like one.
/// </remarks>
public static class SeedFormat
{
    public static string Write(Article article)
    {
        var sb = new StringBuilder();
        sb.Append("---\n").Append("title: ").Append(Quoted(article.Title)).Append('\n');
        if (article.Editor is not null) sb.Append("editor: ").Append(Quoted(article.Editor)).Append('\n');
        sb.Append("---\n");
        sb.Append(article.Title).Append('\n');
        for (var i = 0; i < article.Paragraphs.Count; i++)
            sb.Append(i == 0 ? "- " : "").Append(article.Paragraphs[i]).Append('\n');
        if (article.Editor is { } editor) sb.Append("Editor: ").Append(editor.Length > 100 ? editor[..100] : editor).Append('\n');
        return sb.ToString();
    }

    private static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
