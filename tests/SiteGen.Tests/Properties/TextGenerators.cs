using System.Text;
using CsCheck;

namespace SiteGen.Tests.Properties;

/// <summary>
/// Generators of input text for the property tests. Uniformly random characters almost never form a dateline, a
/// front matter block or a date, so most generated text is built from the pieces the parsers look for, mixed with
/// any UTF-16 code unit (lone surrogates, NUL, noncharacters included).
/// </summary>
public static class TextGenerators
{
    /// <summary>Any single UTF-16 code unit, as a string.</summary>
    public static readonly Gen<string> AnyChar = Gen.Char[char.MinValue, char.MaxValue].Select(c => c.ToString());

    private static readonly string[] SeedPieces =
    [
        "\n", "\n", "\n", "\r\n", "\r", " ", " ", "\t", "\u00A0", "\u200B", "\uFEFF", "\0", "\uFFFE", "\u202E",
        "---", "---\n", "...\n", "Editor: ", "Editor:", "EDITOR : ", "JAKARTA, iNews.id - ", "MOSKOW, iNews.id – ",
        "LE BOURGET - ", "iNews.id - ", ", - ", "- ", "Okezone — ", "title: ", "editor: ", "city: ", "tags: ", "slug: ",
        "date: 2023-07-27", "draft: ya", "[", "]", "{", "}", ": ", ", ", "&a ", "*a", "!!str ", "|\n", ">\n", "\"", "'",
        "\\", "#", "%YAML 1.2\n", "Judul", "Berita", "kata", "Rusia", "Korea Utara", "é", "😀", "\uD83D", "<script>", "&amp;",
    ];

    /// <summary>Text that looks like seed articles about as often as it looks like noise.</summary>
    public static readonly Gen<string> SeedLikeText =
        Gen.Frequency((4, Gen.OneOf(SeedPieces)), (1, AnyChar)).Array[0, 80].Select(string.Concat);

    private static readonly Gen<string> FrontMatterLine =
        Gen.Select(
                Gen.OneOf("title", "editor", "city", "section", "tags", "date", "slug", "draft", "description", "x"),
                Gen.OneOf("", " \"\"", " ''", " ~", " null", " Nama Baru", " \"Judul: baru\"", " [a, b]", " a, b", " [\"\", \" \"]",
                    " 2023-07-27", " ya", " {a: 1}", " |\n  dua\n  baris", " \"\\x01\"", " &a x", " *a", " ---", " Editor: X"))
            .Select((key, value) => key + ":" + value + "\n");

    /// <summary>A well-formed front matter block of a few keys, with values empty, odd or ordinary, then seed-like text.</summary>
    public static readonly Gen<string> ArticleWithFrontMatter =
        Gen.Select(FrontMatterLine.Array[0, 6], SeedLikeText).Select((lines, body) => "---\n" + string.Concat(lines) + "---\n" + body);

    private static readonly string[] DatePieces =
    [
        " ", " ", ", ", "(", ")", "/", "/", "-", ".", "\n", "0", "1", "7", "9", "12", "13", "27", "29", "30", "31", "00",
        "99", "23", "1899", "1900", "2019", "2023", "2024", "2099", "2100", "9999", "Senin", "Selasa", "Rabu", "Kamis",
        "Jumat", "Jum'at", "Sabtu", "Minggu", "minggu", "Ahad", "Januari", "Februari", "Pebruari", "Feb", "Juli", "Agt",
        "Desember", "Des", "Sept", "malam", "pagi", "dini hari", "kemarin", "semalam", "lalu", "hari ini", "besok",
        "lusa", "akan", "mendatang", "kata dia", "ujarnya", "\"", "“", "”", "‚Äú",
    ];

    /// <summary>Text dense with the pieces of Indonesian dates, valid and not: (31/2/2023), 29 Feb 2100, Rabu (16/9).</summary>
    public static readonly Gen<string> DateLikeText =
        Gen.Frequency((6, Gen.OneOf(DatePieces)), (1, AnyChar)).Array[0, 60].Select(string.Concat);

    /// <summary>
    /// YAML front matter nested as deep as 3,000 levels, in flow and block style, with anchors and aliases mixed
    /// in: what would overflow a recursive reader's stack.
    /// </summary>
    public static readonly Gen<string> NestedFrontMatter =
        Gen.Select(Gen.Int[0, 3_000], Gen.OneOf("[", "{a: ", "- ", "&x [", "{? ", "!!seq ["), Gen.OneOf("title", "tags", "x"), Gen.Bool)
            .Select((depth, opener, key, closed) =>
            {
                var sb = new StringBuilder("---\n").Append(key).Append(": ");
                for (var i = 0; i < depth; i++)
                {
                    if (opener == "- ") sb.Append('\n').Append(' ', Math.Min(i, 200)).Append("- ");
                    else sb.Append(opener);
                }
                sb.Append("*x");
                if (closed)
                    for (var i = 0; i < depth; i++) sb.Append(opener.Contains('{') ? "}" : opener == "- " ? "" : "]");
                return sb.Append("\n---\nJudul\nIsi.\n").ToString();
            });
}
